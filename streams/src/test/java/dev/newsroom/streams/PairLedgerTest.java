package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.PairLevel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairLedgerTest {

  private final PairLedger ledger = new PairLedger(PartnershipLadder.standard());

  private static PairLevel at(String level) {
    return new PairLevel(List.of("JP", "KH"), level, null, List.of(), "seed", Instant.EPOCH, null);
  }

  private static DetectedUpgrade to(String level, String stage) {
    return new DetectedUpgrade(List.of("JP", "KH"), null, level, stage, "evidence");
  }

  @Test
  void shouldTreatFirstReportOfPairAsNews() {
    assertThat(ledger.judge(null, Direction.UPGRADE, to("strategic partnership", "agreed")))
        .isEqualTo(PairLedger.Verdict.NEW_EVENT);
  }

  @Test
  void shouldTreatRestatementOfCurrentLevelAsNothingNew() {
    assertThat(ledger.judge(at("comprehensive strategic partnership"), Direction.UPGRADE,
        to("comprehensive strategic partnership", "agreed"))).isEqualTo(PairLedger.Verdict.NOTHING_NEW);
  }

  @Test
  void shouldTreatMoveUpAsNewsAndReportOfPassedLevelAsNothingNew() {
    assertThat(ledger.judge(at("strategic partnership"), Direction.UPGRADE, to("comprehensive strategic partnership", "agreed")))
        .isEqualTo(PairLedger.Verdict.NEW_EVENT);
    assertThat(ledger.judge(at("comprehensive strategic partnership"), Direction.UPGRADE, to("strategic partnership", "agreed")))
        .isEqualTo(PairLedger.Verdict.NOTHING_NEW);
  }

  @Test
  void shouldTreatMoveDownAsNewsForDowngrade() {
    assertThat(ledger.judge(at("comprehensive strategic partnership"), Direction.DOWNGRADE,
        to("strategic partnership", "announced"))).isEqualTo(PairLedger.Verdict.NEW_EVENT);
  }

  @Test
  void shouldNotMoveLedgerOnProposal() {
    assertThat(PairLedger.changesLevel(to("strategic partnership", "proposed"))).isFalse();
    assertThat(PairLedger.changesLevel(to("strategic partnership", "agreed"))).isTrue();
  }
}
