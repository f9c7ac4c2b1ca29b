package dev.newsroom.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.analysis.ReleaseAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  private static final String UPGRADE = "{\"id\":\"up\",\"title\":null,\"date\":\"2022-11-12\",\"lang\":\"en\","
      + "\"text\":\"Japan and Cambodia agreed to elevate ties from a strategic partnership to a comprehensive "
      + "strategic partnership.\",\"label\":{\"is_upgrade\":true,\"pair\":[\"JP\",\"KH\"],"
      + "\"to_level\":\"comprehensive strategic partnership\",\"from_level\":\"strategic partnership\","
      + "\"stage\":\"agreed\",\"event_key\":\"jp-kh\",\"direction\":\"upgrade\"}}";
  private static final String NOTHING = "{\"id\":\"none\",\"text\":\"Rain is expected in Hanoi tomorrow.\","
      + "\"label\":{\"is_upgrade\":false,\"pair\":null,\"to_level\":null,\"from_level\":null,\"stage\":null,"
      + "\"event_key\":null,\"direction\":null}}";
  /** Labelled as an upgrade the analyzer cannot see: a miss, on purpose. */
  private static final String MISSED = "{\"id\":\"missed\",\"text\":\"Nothing about any country here.\","
      + "\"label\":{\"is_upgrade\":true,\"pair\":[\"FR\",\"VN\"],\"to_level\":\"comprehensive strategic "
      + "partnership\",\"from_level\":null,\"stage\":\"agreed\",\"event_key\":null,\"direction\":\"upgrade\"}}";

  @Test
  void shouldCountHitsMissesAndTrueNegatives() {
    EvalReport report = Evaluation.run(ReleaseAnalyzer.standard(),
        List.of(EvalCorpus.parse(UPGRADE), EvalCorpus.parse(NOTHING), EvalCorpus.parse(MISSED)));

    assertThat(report.cases()).isEqualTo(3);
    assertThat(report.of(Evaluation.PRIMARY_PAIR)).isEqualTo(new Counts(1, 0, 1, 1));
    assertThat(report.of(Evaluation.UPGRADE)).isEqualTo(new Counts(1, 0, 1, 1));
    assertThat(report.of(Evaluation.UPGRADE).precision()).isEqualTo(1.0);
    assertThat(report.of(Evaluation.UPGRADE).recall()).isEqualTo(0.5);
    assertThat(report.accuracy(Evaluation.TO_LEVEL)).isEqualTo(1.0);
    assertThat(report.of(Evaluation.FROM_LEVEL).tp()).isEqualTo(1);
    assertThat(report.of(Evaluation.DOWNGRADE)).isEqualTo(new Counts(0, 0, 0, 3));
  }

  @Test
  void shouldListEachMistakeWithWhatWasExpectedAndWhatCameOut() {
    EvalReport report = Evaluation.run(ReleaseAnalyzer.standard(), List.of(EvalCorpus.parse(MISSED)));

    assertThat(report.mistakeLines()).contains(
        "missed  primary pair: expected FR-VN, got none",
        "missed  upgrade detection: expected true, got none");
    assertThat(report.render()).contains("upgrade detection", "mistakes", "missed");
  }

  @Test
  void shouldRenderOneTableRowPerLabel() {
    String table = Evaluation.run(ReleaseAnalyzer.standard(), List.of(EvalCorpus.parse(UPGRADE))).table();

    assertThat(table).contains("1 cases").contains("primary pair").contains("to-level").contains("stage")
        .contains("downgrade detection").contains("1.000 (1/1)");
  }

  @Test
  void shouldKeepReadingPastAHalfWrittenLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dev.jsonl");
    Files.writeString(file, UPGRADE + "\n\n" + NOTHING + "\n{\"id\":\"half\",\"te");

    EvalCorpus.Loaded loaded = EvalCorpus.read(file);

    assertThat(loaded.cases()).extracting(EvalCase::id).containsExactly("up", "none");
    assertThat(loaded.problems()).singleElement().asString().startsWith("line 4:");
  }

  @Test
  void shouldRejectACaseWithoutLabel() {
    assertThatThrownBy(() -> EvalCorpus.parse("{\"id\":\"x\",\"text\":\"t\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
  }
}
