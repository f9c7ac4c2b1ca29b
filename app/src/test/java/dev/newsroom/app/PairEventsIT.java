package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.streams.http.LedgerHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates, events and the ledger on a real broker, 3 partitions on every topic. */
@ExtendWith(PipelineExtension.class)
class PairEventsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BODY = "Hanoi, 11 September 2023. Vietnam and the United States agreed on Sunday to "
      + "elevate their relations from a comprehensive partnership to a comprehensive strategic partnership, the "
      + "highest level in Vietnam's ties with other countries. The two leaders met in Hanoi and discussed "
      + "semiconductors, clean energy, education and the search for soldiers still missing from the war. "
      + "Officials from both sides said the agreements would be followed by visits of ministers next year.";

  @TempDir
  Path dir;
  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  private static RawRelease release(String id, SourceKind kind, String body, Instant received) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource(kind.name().toLowerCase() + " desk", kind))
        .setTitle("Vietnam and United States raise ties")
        .setBody(body)
        .setReceivedAt(received)
        .build();
  }

  private static int partitionOf(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
  }

  @Test
  void shouldCatchNearDuplicatePublishedToAnotherPartition() {
    String original = "vn-us-ministry";
    String copy = List.of("vn-us-portal-1", "vn-us-portal-2", "vn-us-portal-3", "vn-us-portal-4").stream()
        .filter(id -> partitionOf(id) != partitionOf(original)).findFirst().orElseThrow();
    Instant now = Instant.now();
    pipeline.publish(release(original, SourceKind.MINISTRY, BODY, now));
    pipeline.publish(release(copy, SourceKind.AGENCY, "Reposted from the ministry | Print | Share\n\n"
        + BODY.replace("on Sunday", "on 10 September") + "\n\nAll rights reserved.", now.plusSeconds(30)));

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.duplicates.values()).singleElement()
        .satisfies(duplicate -> {
          assertThat(duplicate.getId()).isEqualTo(copy);
          assertThat(duplicate.getDuplicateOf()).isEqualTo(original);
          assertThat(duplicate.getSimilarity()).isBetween(0.4, 0.999);
        }));
    // The original is tagged by its own partition's task, which may come a moment after the copy's verdict.
    await().atMost(PATIENCE).untilAsserted(() ->
        assertThat(pipeline.tagged.values()).extracting(TaggedRelease::getId).containsExactly(original));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.latestAlerts().values()).singleElement()
        .satisfies(alert -> assertThat(alert.getSources()).hasSize(1)));
  }

  @Test
  void shouldConfirmAlertWhenOfficialReleaseFollowsNewspaperWithoutSecondAlert() {
    pipeline.publish("newspaper", SeedPipelineIT.NEWSPAPER);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.alerts.values()).singleElement()
        .satisfies(alert -> assertThat(alert.getConfirmed()).isFalse()));

    pipeline.publish("ministry", SeedPipelineIT.MINISTRY);

    await().atMost(PATIENCE).untilAsserted(() -> {
      List<Alert> versions = pipeline.alerts.values();
      assertThat(versions).hasSize(2);
      assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
      assertThat(versions.get(1).getChange()).isEqualTo(dev.newsroom.avro.AlertChange.CONFIRMED);
      assertThat(versions.get(1).getConfirmed()).isTrue();
      assertThat(versions.get(1).getSources()).hasSize(2);
    });
  }

  @Test
  void shouldReportDowngradeAsDowngrade() {
    pipeline.publish(release("au-id-up", SourceKind.MINISTRY, "Canberra, 31 August 2018. Australia and Indonesia "
        + "agreed to elevate their relations to a comprehensive strategic partnership, the two leaders said.",
        Instant.now()));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.alerts.values()).hasSize(1));

    pipeline.publish(release("au-id-down", SourceKind.NEWSPAPER, "Canberra, 3 May 2024. Australia and Indonesia "
        + "downgraded their relations from a comprehensive strategic partnership to a strategic partnership, both "
        + "governments announced on Friday.", Instant.now().plusSeconds(60)));

    await().atMost(PATIENCE).untilAsserted(() -> {
      List<Alert> alerts = pipeline.alerts.values();
      assertThat(alerts).hasSize(2);
      Alert downgrade = alerts.get(1);
      assertThat(downgrade.getDirection()).isEqualTo(dev.newsroom.avro.Direction.DOWNGRADE);
      assertThat(downgrade.getAlertId()).isNotEqualTo(alerts.get(0).getAlertId());
      assertThat(downgrade.getPair()).containsExactly("AU", "ID");
      assertThat(downgrade.getToLevel()).isEqualTo("strategic partnership");
      assertThat(pipeline.ledger.values()).last()
          .satisfies(level -> assertThat(level.getLevel()).isEqualTo("strategic partnership"));
    });
  }

  @Test
  void shouldRaiseNothingWhenReleaseRestatesSeededLevelAndServeLedgerOverHttp() throws IOException {
    Path csv = dir.resolve("known.csv");
    Files.writeString(csv, "pair,level,since\nKH-JP,comprehensive strategic partnership,2023-01-01\n"
        + "VN-US,best friends forever,2023-09-10\n");
    List<String> args = new ArrayList<>(List.of("ledger", "--seed", csv.toString()));
    args.addAll(pipeline.commandFlags());

    Cli seeded = Cli.run(args.toArray(String[]::new));

    assertThat(seeded.exitCode()).isEqualTo(1);
    assertThat(seeded.out()).contains("seeded 1 pair, 1 failed");
    assertThat(seeded.err()).contains(":3: unknown level 'best friends forever'");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.ledger.values())
        .extracting(PairLevel::getOrigin).containsExactly("seed"));

    String ministry = pipeline.publish("ministry", SeedPipelineIT.MINISTRY).get(0);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.ledger.values()).last()
        .satisfies(level -> assertThat(level.getEstablishedBy()).containsExactly(ministry)));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.tagged.values()).singleElement()
        .satisfies(release -> assertThat(release.getUpgrade()).isNotNull()));
    assertThat(pipeline.alerts.values()).as("a restatement of the current level raises nothing").isEmpty();

    try (LedgerHttpServer http = new LedgerHttpServer("127.0.0.1", 0, pipeline.streams.ledger())) {
      Cli ledger = Cli.run("ledger", "jp-kh", "--url", "http://127.0.0.1:" + http.port());
      assertThat(ledger.exitCode()).as(ledger.err()).isZero();
      assertThat(ledger.out().strip())
          .isEqualTo("JP-KH  comprehensive strategic partnership  since 2023-01-01  (seed, 1 release)");
      Cli unknown = Cli.run("ledger", "FR-DE", "--url", "http://127.0.0.1:" + http.port());
      assertThat(unknown.exitCode()).isEqualTo(1);
      assertThat(unknown.err()).contains("no ledger entry for DE-FR");
    }
  }
}
