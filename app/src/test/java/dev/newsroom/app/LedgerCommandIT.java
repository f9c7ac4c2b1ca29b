package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsroom ledger} finding the ledger from the bootstrap server, on a real broker. */
@ExtendWith(PipelineExtension.class)
class LedgerCommandIT {

  @TempDir
  Path dir;
  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  private Cli newsroom(String... more) {
    List<String> args = new ArrayList<>(List.of("ledger"));
    args.addAll(pipeline.commandFlags());
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void shouldFindTheLedgerOfTwoInstancesFromTheBootstrapServerSortedByPair() throws IOException {
    // A second instance of the same application: the pairs' partitions are split between the two.
    pipeline.startSecondInstance(Files.createDirectories(dir.resolve("state-2")));
    Path csv = Files.writeString(dir.resolve("known.csv"), """
        VN-US,comprehensive strategic partnership,2023-09-10
        KH-JP,strategic partnership,2013-12-14
        ID-AU,comprehensive strategic partnership,2018-08-31
        FR-VN,strategic partnership,2013-09-25
        """);
    assertThat(newsroom("--seed", csv.toString()).exitCode()).isZero();

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      Cli all = newsroom();
      assertThat(all.exitCode()).as(all.err()).isZero();
      assertThat(all.out().lines().toList()).containsExactly(
          "AU-ID  comprehensive strategic partnership  since 2018-08-31  (seed)",
          "FR-VN  strategic partnership  since 2013-09-25  (seed)",
          "JP-KH  strategic partnership  since 2013-12-14  (seed)",
          "US-VN  comprehensive strategic partnership  since 2023-09-10  (seed)");
    });
    Cli one = newsroom("kh-jp", "--json");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).startsWith("{\"pair\":[\"JP\",\"KH\"],\"level\":\"strategic partnership\"");
    Cli missing = newsroom("DE-FR");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err().strip()).isEqualTo("newsroom: no ledger entry for DE-FR");
  }
}
