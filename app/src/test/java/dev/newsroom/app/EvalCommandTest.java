package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  private static final String UPGRADE = "{\"id\":\"up\",\"date\":\"2022-11-12\",\"text\":\"Japan and Cambodia "
      + "agreed to elevate ties from a strategic partnership to a comprehensive strategic partnership.\","
      + "\"label\":{\"is_upgrade\":true,\"pair\":[\"JP\",\"KH\"],\"to_level\":\"comprehensive strategic "
      + "partnership\",\"from_level\":\"strategic partnership\",\"stage\":\"agreed\",\"event_key\":\"e\","
      + "\"direction\":\"upgrade\"}}";
  private static final String NOTHING = "{\"id\":\"none\",\"text\":\"Rain is expected tomorrow.\","
      + "\"label\":{\"is_upgrade\":false,\"pair\":null,\"to_level\":null,\"from_level\":null,\"stage\":null,"
      + "\"event_key\":null,\"direction\":null}}";
  /** Labelled as an upgrade that the text does not state: the analyzer rightly misses it. */
  private static final String UNSEEABLE = "{\"id\":\"unseeable\",\"text\":\"Nothing happened.\","
      + "\"label\":{\"is_upgrade\":true,\"pair\":[\"FR\",\"VN\"],\"to_level\":\"comprehensive strategic "
      + "partnership\",\"from_level\":null,\"stage\":null,\"event_key\":null,\"direction\":\"upgrade\"}}";

  private static Cli eval(String... args) {
    return Cli.run(new CommandLine(new EvalCommand()), args);
  }

  @Test
  void shouldPrintTheTableAndExitZeroWhenEveryF1MeetsTheFloor(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("dev.jsonl"), UPGRADE + "\n" + NOTHING + "\n");

    Cli result = eval(corpus.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("2 cases", "primary pair", "upgrade detection", "to-level", "stage",
        "downgrade detection", "0 mistakes");
  }

  @Test
  void shouldListMistakesAndExitOneWhenAnF1IsBelowTheFloor(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("dev.jsonl"), UPGRADE + "\n" + UNSEEABLE + "\n");

    Cli result = eval(corpus.toString(), "--min-f1", "0.9", "--mistakes");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("unseeable  upgrade detection: expected upgrade FR-VN",
        "FAIL dev.jsonl upgrade detection F1 0.667 < 0.900");
  }

  @Test
  void shouldAcceptALowerFloor(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("dev.jsonl"), UPGRADE + "\n" + UNSEEABLE + "\n");

    assertThat(eval(corpus.toString(), "--min-f1", "0.5").exitCode()).isZero();
  }

  @Test
  void shouldExitOneAndNameEachFloorNotMet(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("tune.jsonl"), UPGRADE + "\n" + UNSEEABLE + "\n");

    Cli result = eval(corpus.toString(), "--floors", "pair=0.4,upgrade.p=0.9,upgrade.r=0.9");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("FAIL tune.jsonl upgrade.r 0.500 < 0.900").doesNotContain("upgrade.p 1.000")
        .doesNotContain("unseeable  upgrade");
  }

  @Test
  void shouldEvaluateEveryFileGiven(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("tune.jsonl"), UPGRADE + "\n" + NOTHING + "\n");
    Path bad = Files.writeString(dir.resolve("other.jsonl"), UPGRADE + "\n" + UNSEEABLE + "\n");

    Cli result = eval(good.toString(), bad.toString(), "--floors", "upgrade.r=0.9");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("== " + good, "== " + bad, "FAIL other.jsonl upgrade.r")
        .doesNotContain("FAIL tune.jsonl");
  }

  @Test
  void shouldNeverListTheMistakesOfATestFile(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("test.jsonl"), UPGRADE + "\n" + UNSEEABLE + "\n");

    Cli result = eval(corpus.toString(), "--mistakes");

    assertThat(result.out()).contains("upgrade detection").doesNotContain("unseeable");
    assertThat(result.err()).contains("never listed for the test split");
  }

  @Test
  void shouldFailClearlyOnAFileWithNoUsableCase(@TempDir Path dir) throws IOException {
    // Before issue 13 item 8 this printed F1 1.000 for every label and exited 0.
    Path corpus = Files.writeString(dir.resolve("tune.jsonl"), "{\"id\":\"half\",\"te\n{\"id\":\"x\"}\n");

    Cli result = eval(corpus.toString(), "--floors", "upgrade.f1=0.9");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no usable cases", "2 lines skipped");
    assertThat(result.out()).doesNotContain("1.000");
  }

  @Test
  void shouldRejectAnUnknownFloorKey(@TempDir Path dir) throws IOException {
    Path corpus = Files.writeString(dir.resolve("tune.jsonl"), UPGRADE + "\n");

    Cli result = eval(corpus.toString(), "--floors", "recall=0.9");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bad floor 'recall=0.9'");
  }

  @Test
  void shouldExitTwoWhenTheFileCannotBeRead(@TempDir Path dir) {
    Cli result = eval(dir.resolve("missing.jsonl").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cannot read", "missing.jsonl");
  }
}
