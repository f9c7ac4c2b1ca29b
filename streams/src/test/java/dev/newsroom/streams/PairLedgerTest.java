package dev.newsroom.streams;

import static dev.newsroom.streams.Reports.CSP;
import static dev.newsroom.streams.Reports.SP;
import static dev.newsroom.streams.Reports.report;
import static dev.newsroom.streams.Reports.representation;
import static dev.newsroom.streams.Reports.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairLedgerTest {

  private static final Instant T0 = Instant.parse("2024-05-02T00:00:00Z");
  private final PairLedger ledger = new PairLedger(PartnershipLadder.standard());

  private static PairLevel at(String level) {
    return new PairLevel(Reports.JP_KH, level, null, List.of(), "seed", Instant.EPOCH, null);
  }

  private static PairLevel represented(String level) {
    return new PairLevel(Reports.JP_KH, null, null, List.of(), "release", Instant.EPOCH,
        new RepresentationLevel(level, null, null, List.of("earlier")));
  }

  @Test
  void shouldTreatFirstReportOfPairAsNews() {
    assertThat(ledger.judge(null, upgrade(SP, Stage.AGREED))).isEqualTo(PairLedger.Verdict.NEW_EVENT);
  }

  @Test
  void shouldTreatRestatementOfCurrentLevelAsNothingNew() {
    assertThat(ledger.judge(at(CSP), upgrade(CSP, Stage.AGREED))).isEqualTo(PairLedger.Verdict.NOTHING_NEW);
  }

  @Test
  void shouldTreatMoveUpAsNewsAndReportOfPassedLevelAsNothingNew() {
    assertThat(ledger.judge(at(SP), upgrade(CSP, Stage.AGREED))).isEqualTo(PairLedger.Verdict.NEW_EVENT);
    assertThat(ledger.judge(at(CSP), upgrade(SP, Stage.AGREED))).isEqualTo(PairLedger.Verdict.NOTHING_NEW);
  }

  @Test
  void shouldTreatMoveDownAsNewsForDowngrade() {
    assertThat(ledger.judge(at(CSP), Reports.partnership(Direction.DOWNGRADE, CSP, SP, Stage.ANNOUNCED)))
        .isEqualTo(PairLedger.Verdict.NEW_EVENT);
  }

  @Test
  void shouldJudgeRepresentationOnItsOwnLadder() {
    DetectedMove recall = representation(RepresentationAction.AMBASSADOR_RECALLED, "ambassador", "charge d'affaires");
    DetectedMove restore = representation(RepresentationAction.AMBASSADOR_RETURNED, null, "ambassador");

    assertThat(ledger.judge(at(CSP), recall)).as("the partnership level says nothing of representation")
        .isEqualTo(PairLedger.Verdict.NEW_EVENT);
    assertThat(ledger.judge(represented("ambassador"), recall)).isEqualTo(PairLedger.Verdict.NEW_EVENT);
    assertThat(ledger.judge(represented("charge d'affaires"), recall)).isEqualTo(PairLedger.Verdict.NOTHING_NEW);
    assertThat(ledger.judge(represented("no diplomatic relations"), recall)).isEqualTo(PairLedger.Verdict.NOTHING_NEW);
    assertThat(ledger.judge(represented("charge d'affaires"), restore)).isEqualTo(PairLedger.Verdict.NEW_EVENT);
  }

  @Test
  void shouldKeepPartnershipLevelWhenRepresentationMovesAndTheReverse() {
    DetectedMove expel = representation(RepresentationAction.AMBASSADOR_EXPELLED, "ambassador", "charge d'affaires");
    PairLevel afterExpulsion = PairLedger.moved(at(CSP), expel, report("r1", SourceKind.MINISTRY, T0, expel), T0);
    PairLevel afterDowngrade = PairLedger.moved(afterExpulsion, Reports.partnership(Direction.DOWNGRADE, CSP, SP,
        Stage.ANNOUNCED), report("r2", SourceKind.MINISTRY, T0, expel), T0);

    assertThat(afterExpulsion.getLevel()).isEqualTo(CSP);
    assertThat(afterExpulsion.getRepresentation().getLevel()).isEqualTo("charge d'affaires");
    assertThat(afterExpulsion.getRepresentation().getAction()).isEqualTo(RepresentationAction.AMBASSADOR_EXPELLED);
    assertThat(afterExpulsion.getRepresentation().getEstablishedBy()).containsExactly("r1");
    assertThat(afterDowngrade.getLevel()).isEqualTo(SP);
    assertThat(afterDowngrade.getEstablishedBy()).containsExactly("r2");
    assertThat(afterDowngrade.getRepresentation()).isEqualTo(afterExpulsion.getRepresentation());
    assertThat(PairLedger.currentLevel(afterDowngrade, MoveKind.REPRESENTATION)).isEqualTo("charge d'affaires");
  }

  @Test
  void shouldStartRepresentationOnlyEntryForUnknownPair() {
    DetectedMove severed = representation(RepresentationAction.SEVERED, null, "no diplomatic relations");
    PairLevel entry = PairLedger.moved(null, severed, report("r1", SourceKind.GOVERNMENT, T0, severed), T0);

    assertThat(entry.getLevel()).isNull();
    assertThat(entry.getPair()).isEqualTo(Reports.JP_KH);
    assertThat(entry.getRepresentation().getLevel()).isEqualTo("no diplomatic relations");
    assertThat(entry.getRepresentation().getSince()).isEqualTo(T0);
  }

  @Test
  void shouldCorroborateOnlyTheLevelTheReportStates() {
    DetectedMove recall = representation(RepresentationAction.AMBASSADOR_RECALLED, "ambassador", "charge d'affaires");
    PairLevel entry = represented("charge d'affaires");

    assertThat(PairLedger.corroborated(entry, recall, report("r9", SourceKind.AGENCY, T0, recall), T0)
        .getRepresentation().getEstablishedBy()).containsExactly("earlier", "r9");
    assertThat(PairLedger.corroborated(entry, upgrade(CSP, Stage.AGREED), report("r9", SourceKind.AGENCY, T0), T0))
        .isSameAs(entry);
  }
}
