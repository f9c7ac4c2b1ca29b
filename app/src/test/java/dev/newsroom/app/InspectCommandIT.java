package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsroom inspect} on the topics of a running pipeline, on a real broker. */
@ExtendWith(PipelineExtension.class)
class InspectCommandIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir
  Path dir;
  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  private List<String> args(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(pipeline.commandFlags());
    return args;
  }

  private Cli newsroom(String... command) {
    return Cli.run(args(command).toArray(String[]::new));
  }

  private Path release(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void shouldDecodeTaggedDuplicateAndRejectedRecordsToLinesAndJson() throws IOException {
    Path first = release("a.txt", "Mekong talks\n\nThe foreign ministers of Vietnam and Cambodia met in Hanoi on "
        + "Monday to discuss water sharing on the Mekong river and border trade.");
    Path copy = release("b.txt", "Mekong talks\n\nThe foreign ministers of Vietnam and Cambodia met in Hanoi on "
        + "Monday to discuss water sharing on the Mekong river and border trade.");
    String id = pipeline.publish("ministry", first).get(0);
    await().atMost(PATIENCE).until(() -> pipeline.tagged.values().size() == 1);
    String copyId = pipeline.publish("agency", copy).get(0);
    pipeline.publishBytes("garbage-1", "not avro at all".getBytes(StandardCharsets.UTF_8));
    await().atMost(PATIENCE).until(() -> pipeline.duplicates.values().size() == 1 && pipeline.rejected.values().size() == 1);

    Cli tagged = newsroom("inspect", "tagged");
    assertThat(tagged.exitCode()).as(tagged.err()).isZero();
    assertThat(tagged.out().strip()).startsWith(id + "  ministry desk (ministry)  no date  countries ")
        .contains("KH", "VN").endsWith("\"Mekong talks\"");
    Cli duplicates = newsroom("inspect", "duplicates", "--from-beginning");
    assertThat(duplicates.out().strip()).startsWith(copyId).contains("duplicate of " + id);
    Cli rejected = newsroom("inspect", "rejected");
    assertThat(rejected.out().strip()).contains("(key garbage-1)").contains("rejected at ")
        .contains("RawRelease");

    Cli json = newsroom("inspect", "tagged", "--json", "--key", id);
    JsonNode line = new ObjectMapper().readTree(json.out().strip());
    assertThat(line.get("key").asText()).isEqualTo(id);
    assertThat(line.at("/value/id").asText()).isEqualTo(id);
    assertThat(line.at("/value/source/kind").asText()).isEqualTo("ministry");
    assertThat(line.at("/value/verdict").asText()).isEqualTo("unique");
    assertThat(line.at("/value/receivedAt").asText()).endsWith("Z");
    assertThat(newsroom("inspect", "tagged", "--key", "no-such-id").out()).isBlank();
    Cli unknown = newsroom("inspect", "everything");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown topic 'everything'; use one of [raw, tagged, duplicates");
  }

  @Test
  void shouldPrintTheLatestRecordsByDefaultAndFollowNewOnes() throws Exception {
    for (int i = 1; i <= 3; i++) {
      pipeline.publish("ministry", release("r" + i + ".txt", "Release number " + i + " about trade with Chile."));
    }
    // Published one by one and acknowledged each time: they are on the raw topic, in this order.
    Cli latest = newsroom("inspect", "raw", "--limit", "2");
    assertThat(latest.out().lines().toList()).hasSize(2)
        .satisfies(lines -> assertThat(lines.get(1)).endsWith("\"Release number 3 about trade with Chile.\""));
    assertThat(newsroom("inspect", "raw", "--from-beginning", "--limit", "1").out().strip())
        .endsWith("\"Release number 1 about trade with Chile.\"");

    StringWriter out = new StringWriter();
    CommandLine cli = Newsroom.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread follower = new Thread(() -> exit.set(cli.execute(args("inspect", "raw", "--follow", "--limit", "1")
        .toArray(String[]::new))));
    follower.start();
    await().atMost(PATIENCE).until(() -> out.toString().contains("Release number 3"));
    pipeline.publish("ministry", release("r4.txt", "Release number 4 about trade with Peru."));

    await().atMost(PATIENCE).until(() -> out.toString().contains("Release number 4"));
    follower.interrupt();
    follower.join(Duration.ofSeconds(30).toMillis());
    assertThat(follower.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
    assertThat(out.toString().lines()).hasSize(2);
  }
}
