package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seed documents through the whole topology on a real broker, 3 partitions per topic. */
@ExtendWith(PipelineExtension.class)
class SeedPipelineIT {

  /** The repository's sibling {@code shared/seeds}, as in CI; Maven runs this from the module folder. */
  static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
  static final Path MINISTRY = SEEDS.resolve("000_21f63cceed1f3906.txt");
  static final Path NEWSPAPER = SEEDS.resolve("002_62c5509b09e661f9.txt");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  @Test
  void shouldRaiseExactlyOneAlertWithBothSeedSources() {
    String ministry = pipeline.publish("ministry", MINISTRY).get(0);
    String newspaper = pipeline.publish("newspaper", NEWSPAPER).get(0);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.tagged.values())
        .extracting(TaggedRelease::getId).containsExactlyInAnyOrder(ministry, newspaper));
    assertThat(pipeline.tagged.values()).allSatisfy(release ->
        assertThat(release.getPrimaryPair()).containsExactly("JP", "KH"));
    await().atMost(PATIENCE).untilAsserted(() -> {
      Map<String, Alert> alerts = pipeline.latestAlerts();
      assertThat(alerts).hasSize(1);
      Alert alert = alerts.values().iterator().next();
      assertThat(alert.getPair()).containsExactly("JP", "KH");
      assertThat(alert.getToLevel()).isEqualTo("comprehensive strategic partnership");
      assertThat(alert.getFromLevel()).isEqualTo("strategic partnership");
      assertThat(alert.getEvidence()).containsIgnoringCase("comprehensive strategic partnership");
      assertThat(alert.getSources()).extracting(AlertSource::getReleaseId)
          .containsExactlyInAnyOrder(ministry, newspaper);
    });
    assertThat(pipeline.duplicates.values()).isEmpty();
  }

  @Test
  void shouldSendRepublishedSeedToDuplicatesWithoutNewAlert() {
    String ministry = pipeline.publish("ministry", MINISTRY).get(0);
    pipeline.publish("newspaper", NEWSPAPER);
    await().atMost(PATIENCE).untilAsserted(() ->
        assertThat(pipeline.latestAlerts().values()).singleElement()
            .satisfies(alert -> assertThat(alert.getSources()).hasSize(2)));
    int versionsBefore = pipeline.alerts.values().size();

    pipeline.publish("ministry", MINISTRY);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.duplicates.values()).singleElement()
        .satisfies(duplicate -> {
          assertThat(duplicate.getId()).isEqualTo(ministry);
          assertThat(duplicate.getDuplicateOf()).isEqualTo(ministry);
        }));
    await().during(Duration.ofSeconds(2)).atMost(PATIENCE).untilAsserted(() ->
        assertThat(pipeline.alerts.values()).hasSize(versionsBefore));
    // Alerts are raised before deduplication is final; the tagged topic follows once the grace has passed.
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.tagged.values()).hasSize(2));
  }

  @Test
  void shouldRejectGarbageBytesWithReasonAndKeepProcessing() {
    byte[] garbage = {0x00, 0x13, 0x37, (byte) 0xFF, 'x'};
    pipeline.publishBytes("garbage-1", garbage);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.rejected.values()).singleElement()
        .satisfies(rejection -> {
          assertThat(rejection.getReason()).contains("not a RawRelease");
          assertThat(rejection.getTopic()).isEqualTo(pipeline.topics.rawReleases().name());
          assertThat(StandardCharsets.UTF_8.decode(rejection.getOriginalKey()).toString()).isEqualTo("garbage-1");
        }));

    String ministry = pipeline.publish("ministry", MINISTRY).get(0);
    await().atMost(PATIENCE).untilAsserted(() ->
        assertThat(pipeline.tagged.values()).extracting(TaggedRelease::getId).containsExactly(ministry));
  }

  @Test
  void shouldGiveNoPairAndNoAlertToReleaseWithoutDiplomaticContent() {
    pipeline.publish(RawRelease.newBuilder()
        .setId("weather-1")
        .setSource(new ReleaseSource("City Weather Service", SourceKind.OTHER))
        .setTitle("Showers expected over the weekend")
        .setBody("Scattered showers are expected on Saturday, with temperatures between 18 and 24 degrees. "
            + "Sunday should be dry and sunny along the coast.")
        .setReceivedAt(Instant.now())
        .build());
    pipeline.publish("ministry", MINISTRY);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.tagged.values()).hasSize(2));
    TaggedRelease weather = pipeline.tagged.values().stream()
        .filter(release -> release.getId().equals("weather-1")).findFirst().orElseThrow();
    assertThat(weather.getPrimaryPair()).isNull();
    assertThat(weather.getPairs()).isEmpty();
    assertThat(weather.getUpgrade()).isNull();
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.alerts.values()).isNotEmpty());
    assertThat(pipeline.alerts.values()).flatExtracting(Alert::getSources)
        .extracting(AlertSource::getReleaseId).doesNotContain("weather-1");
  }

  static List<Path> seeds() {
    return List.of(MINISTRY, NEWSPAPER);
  }
}
