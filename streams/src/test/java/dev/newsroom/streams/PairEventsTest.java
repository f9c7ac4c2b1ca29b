package dev.newsroom.streams;

import static dev.newsroom.streams.Reports.CSP;
import static dev.newsroom.streams.Reports.report;
import static dev.newsroom.streams.Reports.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.internal.PairEventState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PairEventsTest {

  private static final Instant T0 = Instant.parse("2022-11-12T00:00:00Z");
  private final PairEvents events = new PairEvents(Duration.ofDays(10), Duration.ofDays(730));

  private PairEventState first(TaggedRelease report, String knownFrom) {
    return events.create(report, report.getMoves().get(0), knownFrom, 1, T0);
  }

  private PairEventState add(PairEventState state, TaggedRelease report) {
    return events.add(state, report, report.getMoves().get(0), T0);
  }

  @Test
  void shouldCreateVersionOneForFirstReport() {
    Alert alert = first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), null).getAlert();

    assertThat(alert.getVersion()).isEqualTo(1);
    assertThat(alert.getAlertId()).startsWith("upg-").hasSize(20);
    assertThat(alert.getEvidence()).isEqualTo("the move to " + CSP + " at stage AGREED");
    assertThat(alert.getDirection()).isEqualTo(Direction.UPGRADE);
    assertThat(alert.getKind()).isEqualTo(MoveKind.PARTNERSHIP);
    assertThat(alert.getConfirmed()).isFalse();
  }

  @Test
  void shouldTakeFromLevelFromLedgerWhenReportDoesNotStateIt() {
    assertThat(first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), "strategic partnership")
        .getAlert().getFromLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldAddSourceAndLearnFromLevelFromLaterReport() {
    PairEventState first = first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), null);
    Alert second = add(first, report("b", SourceKind.AGENCY, T0.plusSeconds(3600),
        Reports.partnership(Direction.UPGRADE, "strategic partnership", CSP, Stage.AGREED))).getAlert();

    assertThat(second.getAlertId()).isEqualTo(first.getAlert().getAlertId());
    assertThat(second.getVersion()).isEqualTo(2);
    assertThat(second.getChange()).isEqualTo(AlertChange.SOURCE_ADDED);
    assertThat(second.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(second.getSources()).extracting(AlertSource::getReleaseId).containsExactly("a", "b");
  }

  @Test
  void shouldMarkConfirmedWhenFirstOfficialSourceArrives() {
    PairEventState first = first(report("paper", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), null);
    PairEventState confirmed = add(first, report("mfa", SourceKind.MINISTRY, T0.plusSeconds(60),
        upgrade(CSP, Stage.AGREED)));
    PairEventState again = add(confirmed, report("emb", SourceKind.EMBASSY, T0.plusSeconds(120),
        upgrade(CSP, Stage.AGREED)));

    assertThat(confirmed.getAlert().getConfirmed()).isTrue();
    assertThat(confirmed.getAlert().getChange()).isEqualTo(AlertChange.CONFIRMED);
    assertThat(again.getAlert().getChange()).isEqualTo(AlertChange.SOURCE_ADDED);
  }

  @Test
  void shouldAdvanceStageTakeItsEvidenceAndBecomeDecided() {
    PairEventState proposed = first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.PROPOSED)), null);
    PairEventState agreed = add(proposed, report("b", SourceKind.NEWSPAPER, T0.plus(Duration.ofDays(400)),
        upgrade(CSP, Stage.AGREED)));

    assertThat(proposed.getDecided()).isFalse();
    assertThat(agreed.getDecided()).isTrue();
    assertThat(agreed.getAlert().getStage()).isEqualTo(Stage.AGREED);
    assertThat(agreed.getAlert().getChange()).isEqualTo(AlertChange.STAGE_ADVANCED);
    assertThat(agreed.getAlert().getEvidence()).isEqualTo("the move to " + CSP + " at stage AGREED");
    assertThat(agreed.getAlert().getSources()).extracting(AlertSource::getStage)
        .containsExactly(Stage.PROPOSED, Stage.AGREED);
  }

  @Test
  void shouldKeepFurthestStageWhenEarlierStageArrivesLate() {
    PairEventState established = first(report("b", SourceKind.MINISTRY, T0.plus(Duration.ofDays(120)),
        upgrade(CSP, Stage.ESTABLISHED)), null);
    TaggedRelease agreement = report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED));

    assertThat(events.joins(established, PairEvents.eventTime(agreement), Stage.AGREED))
        .as("an earlier report arriving late is not a restatement").isTrue();
    PairEventState both = add(established, agreement);
    assertThat(both.getAlert().getStage()).isEqualTo(Stage.ESTABLISHED);
    assertThat(both.getOpenedAt()).isEqualTo(T0);
    assertThat(both.getAlert().getSources()).extracting(AlertSource::getReleaseId).containsExactly("a", "b");
  }

  @Test
  void shouldCountUnsureReadingAsProposal() {
    DetectedMove unsure = DetectedMove.newBuilder(upgrade(CSP, Stage.AGREED)).setConfidence(0.3).build();

    assertThat(PairEvents.stageOf(unsure)).isEqualTo(Stage.PROPOSED);
    assertThat(PairEvents.decision(PairEvents.stageOf(unsure))).isFalse();
    assertThat(PairEvents.decision(Stage.AGREED)).isTrue();
  }

  @Test
  void shouldRecogniseKnownRelease() {
    TaggedRelease report = report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED));

    assertThat(PairEvents.knows(first(report, null), report)).isTrue();
  }

  @Test
  void shouldJoinWithinWindowOrAtLaterStageAndTreatSameStageMonthsLaterAsRestatement() {
    PairEventState agreed = first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), null);

    assertThat(events.joins(agreed, T0.plus(Duration.ofDays(9)), Stage.AGREED)).isTrue();
    assertThat(events.joins(agreed, T0.plus(Duration.ofDays(200)), Stage.AGREED)).isFalse();
    assertThat(events.joins(agreed, T0.plus(Duration.ofDays(200)), Stage.ESTABLISHED)).isTrue();
  }

  @Test
  void shouldCloseEventAfterLifecycleOrOnceLedgerLeftItsLevel() {
    PairEventState agreed = first(report("a", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.AGREED)), null);
    PairEventState proposed = first(report("p", SourceKind.NEWSPAPER, T0, upgrade(CSP, Stage.PROPOSED)), null);

    assertThat(events.isOpen(agreed, T0.plus(Duration.ofDays(700)), CSP)).isTrue();
    assertThat(events.isOpen(agreed, T0.plus(Duration.ofDays(731)), CSP)).isFalse();
    assertThat(events.isOpen(agreed, T0.plus(Duration.ofDays(100)), "strategic partnership"))
        .as("the ledger moved away: the same move again is a new episode").isFalse();
    assertThat(events.isOpen(proposed, T0.plus(Duration.ofDays(450)), "strategic partnership"))
        .as("a proposal never moved the ledger: the decision months later is its next stage").isTrue();
    assertThat(events.isOpen(null, T0, CSP)).isFalse();
  }

  @Test
  void shouldDeriveAlertIdFromEventAndEpisodeOnly() {
    DetectedMove up = upgrade(CSP, Stage.AGREED);
    DetectedMove laterStage = Reports.partnership(Direction.UPGRADE, "strategic partnership", CSP, Stage.TOOK_EFFECT);
    DetectedMove down = Reports.partnership(Direction.DOWNGRADE, null, CSP, Stage.AGREED);

    assertThat(PairEvents.alertId(up, 1)).isEqualTo(PairEvents.alertId(laterStage, 1))
        .isNotEqualTo(PairEvents.alertId(up, 2))
        .isNotEqualTo(PairEvents.alertId(down, 1))
        .isNotEqualTo(PairEvents.alertId(upgrade("strategic partnership", Stage.AGREED), 1));
    assertThat(PairEvents.alertId(up, 1)).as("pinned: reprocessing after an upgrade keeps the ids")
        .isEqualTo("upg-3f4fe2bdb5c9be16");
    assertThat(PairEvents.alertId(Reports.representation(RepresentationAction.AMBASSADOR_RECALLED,
        "ambassador", "charge d'affaires"), 1)).startsWith("rep-");
  }
}
