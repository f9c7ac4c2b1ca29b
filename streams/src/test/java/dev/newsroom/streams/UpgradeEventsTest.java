package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.UpgradeAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeEventsTest {

  private static final Instant T0 = Instant.parse("2022-11-12T00:00:00Z");
  private final UpgradeEvents events = new UpgradeEvents(Duration.ofDays(10));

  private static TaggedRelease report(String id, String stage, String fromLevel, Instant published) {
    return TaggedRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource("src " + id, SourceKind.NEWSPAPER))
        .setPublishedAt(published)
        .setReceivedAt(published)
        .setNormalizedText("text")
        .setFingerprint(id)
        .setUpgrade(new DetectedUpgrade(List.of("JP", "KH"), fromLevel,
            "comprehensive strategic partnership", stage, "evidence of " + id))
        .build();
  }

  @Test
  void shouldCreateVersionOneForFirstReport() {
    UpgradeAlert alert = events.apply(null, report("a", "agreed", null, T0), T0).orElseThrow();

    assertThat(alert.getVersion()).isEqualTo(1);
    assertThat(alert.getAlertId()).startsWith("upg-").hasSize(20);
    assertThat(alert.getEvidence()).isEqualTo("evidence of a");
  }

  @Test
  void shouldAddSourceAndLearnFromLevelFromLaterReport() {
    UpgradeAlert first = events.apply(null, report("a", "agreed", null, T0), T0).orElseThrow();
    UpgradeAlert second = events.apply(first, report("b", "agreed", "strategic partnership", T0.plusSeconds(3600)),
        T0.plusSeconds(3600)).orElseThrow();

    assertThat(second.getAlertId()).isEqualTo(first.getAlertId());
    assertThat(second.getVersion()).isEqualTo(2);
    assertThat(second.getChange()).isEqualTo(UpgradeEvents.SOURCE_ADDED);
    assertThat(second.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(second.getSources()).extracting(AlertSource::getReleaseId).containsExactly("a", "b");
  }

  @Test
  void shouldAdvanceStageAndTakeItsEvidence() {
    UpgradeAlert first = events.apply(null, report("a", "proposed", null, T0), T0).orElseThrow();
    UpgradeAlert second = events.apply(first, report("b", "agreed", null, T0.plusSeconds(60)), T0).orElseThrow();

    assertThat(second.getStage()).isEqualTo("agreed");
    assertThat(second.getChange()).isEqualTo(UpgradeEvents.STAGE_ADVANCED);
    assertThat(second.getEvidence()).isEqualTo("evidence of b");
  }

  @Test
  void shouldIgnoreSameReleaseSeenTwice() {
    UpgradeAlert first = events.apply(null, report("a", "agreed", null, T0), T0).orElseThrow();

    assertThat(events.apply(first, report("a", "agreed", null, T0), T0)).isEmpty();
  }

  @Test
  void shouldStartNewEventOutsideWindow() {
    UpgradeAlert first = events.apply(null, report("a", "agreed", null, T0), T0).orElseThrow();
    UpgradeAlert other = events.apply(first, report("b", "agreed", null, T0.plus(Duration.ofDays(11))), T0)
        .orElseThrow();

    assertThat(other.getAlertId()).isNotEqualTo(first.getAlertId());
    assertThat(other.getVersion()).isEqualTo(1);
  }

  @Test
  void shouldDeriveSameAlertIdFromSameFirstReport() {
    assertThat(UpgradeEvents.alertId("JP-KH|x", "r1")).isEqualTo(UpgradeEvents.alertId("JP-KH|x", "r1"))
        .isNotEqualTo(UpgradeEvents.alertId("JP-KH|x", "r2"));
  }
}
