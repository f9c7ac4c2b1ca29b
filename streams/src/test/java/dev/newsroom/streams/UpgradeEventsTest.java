package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeEventsTest {

  private static final Instant T0 = Instant.parse("2022-11-12T00:00:00Z");
  private final UpgradeEvents events = new UpgradeEvents(Duration.ofDays(10));

  static TaggedRelease report(String id, SourceKind kind, String stage, String fromLevel, Instant published) {
    dev.newsroom.schemas.AvroSerde.trustContracts();
    return TaggedRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource("src " + id, kind))
        .setPublishedAt(published)
        .setReceivedAt(published)
        .setNormalizedText("text")
        .setFingerprint(id)
        .setUpgrade(new DetectedUpgrade(List.of("JP", "KH"), fromLevel,
            "comprehensive strategic partnership", stage, "evidence of " + id))
        .build();
  }

  private Alert first(TaggedRelease report, String knownFrom) {
    return events.create(report, Direction.UPGRADE, report.getUpgrade(), knownFrom, T0);
  }

  @Test
  void shouldCreateVersionOneForFirstReport() {
    Alert alert = first(report("a", SourceKind.NEWSPAPER, "agreed", null, T0), null);

    assertThat(alert.getVersion()).isEqualTo(1);
    assertThat(alert.getAlertId()).startsWith("upg-").hasSize(20);
    assertThat(alert.getEvidence()).isEqualTo("evidence of a");
    assertThat(alert.getDirection()).isEqualTo(Direction.UPGRADE);
    assertThat(alert.getConfirmed()).isFalse();
  }

  @Test
  void shouldTakeFromLevelFromLedgerWhenReportDoesNotStateIt() {
    assertThat(first(report("a", SourceKind.NEWSPAPER, "agreed", null, T0), "strategic partnership").getFromLevel())
        .isEqualTo("strategic partnership");
  }

  @Test
  void shouldAddSourceAndLearnFromLevelFromLaterReport() {
    Alert first = first(report("a", SourceKind.NEWSPAPER, "agreed", null, T0), null);
    TaggedRelease later = report("b", SourceKind.AGENCY, "agreed", "strategic partnership", T0.plusSeconds(3600));
    Alert second = events.add(first, later, later.getUpgrade(), T0).orElseThrow();

    assertThat(second.getAlertId()).isEqualTo(first.getAlertId());
    assertThat(second.getVersion()).isEqualTo(2);
    assertThat(second.getChange()).isEqualTo(AlertChange.SOURCE_ADDED);
    assertThat(second.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(second.getSources()).extracting(AlertSource::getReleaseId).containsExactly("a", "b");
  }

  @Test
  void shouldMarkConfirmedWhenFirstOfficialSourceArrives() {
    Alert first = first(report("paper", SourceKind.NEWSPAPER, "agreed", null, T0), null);
    TaggedRelease ministry = report("mfa", SourceKind.MINISTRY, "agreed", null, T0.plusSeconds(60));
    Alert confirmed = events.add(first, ministry, ministry.getUpgrade(), T0).orElseThrow();
    TaggedRelease embassy = report("emb", SourceKind.EMBASSY, "agreed", null, T0.plusSeconds(120));
    Alert again = events.add(confirmed, embassy, embassy.getUpgrade(), T0).orElseThrow();

    assertThat(confirmed.getConfirmed()).isTrue();
    assertThat(confirmed.getChange()).isEqualTo(AlertChange.CONFIRMED);
    assertThat(again.getChange()).isEqualTo(AlertChange.SOURCE_ADDED);
  }

  @Test
  void shouldAdvanceStageAndTakeItsEvidence() {
    Alert first = first(report("a", SourceKind.NEWSPAPER, "proposed", null, T0), null);
    TaggedRelease agreed = report("b", SourceKind.NEWSPAPER, "agreed", null, T0.plusSeconds(60));
    Alert second = events.add(first, agreed, agreed.getUpgrade(), T0).orElseThrow();

    assertThat(second.getStage()).isEqualTo(Stage.AGREED);
    assertThat(second.getChange()).isEqualTo(AlertChange.STAGE_ADVANCED);
    assertThat(second.getEvidence()).isEqualTo("evidence of b");
  }

  @Test
  void shouldIgnoreSameReleaseSeenTwice() {
    TaggedRelease report = report("a", SourceKind.NEWSPAPER, "agreed", null, T0);
    Alert first = first(report, null);

    assertThat(events.add(first, report, report.getUpgrade(), T0)).isEmpty();
  }

  @Test
  void shouldTreatReportOutsideWindowAsAnotherEvent() {
    Alert first = first(report("a", SourceKind.NEWSPAPER, "agreed", null, T0), null);

    assertThat(events.sameEvent(first, report("b", SourceKind.NEWSPAPER, "agreed", null, T0.plus(Duration.ofDays(9)))))
        .isTrue();
    assertThat(events.sameEvent(first, report("c", SourceKind.NEWSPAPER, "agreed", null, T0.plus(Duration.ofDays(11)))))
        .isFalse();
  }

  @Test
  void shouldDeriveSameAlertIdFromSameFirstReport() {
    assertThat(UpgradeEvents.alertId("JP-KH|x", "r1")).isEqualTo(UpgradeEvents.alertId("JP-KH|x", "r1"))
        .isNotEqualTo(UpgradeEvents.alertId("JP-KH|x", "r2"));
  }
}
