package dev.newsroom.streams;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.TaggedRelease;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a reported move means against the ledger of a pair's current level: a release that only restates the
 * current level (or reports a level the pair already passed) raises nothing; a move up raises an upgrade and
 * a move down a downgrade. Plain logic; {@link PairEventsProcessor} keeps the state.
 */
final class PairLedger {

  enum Verdict { NEW_EVENT, NOTHING_NEW }

  private final PartnershipLadder ladder;

  PairLedger(PartnershipLadder ladder) {
    this.ladder = ladder;
  }

  Verdict judge(PairLevel current, Direction direction, DetectedUpgrade move) {
    if (current == null || current.getLevel() == null) {
      return Verdict.NEW_EVENT;
    }
    if (current.getLevel().equals(move.getToLevel())) {
      return Verdict.NOTHING_NEW;
    }
    OptionalInt now = ladder.rank(current.getLevel());
    OptionalInt to = ladder.rank(move.getToLevel());
    if (now.isEmpty() || to.isEmpty()) {
      return Verdict.NEW_EVENT; // a level the ladder does not rank: let the desk judge
    }
    boolean up = to.getAsInt() > now.getAsInt();
    return up == (direction == Direction.UPGRADE) ? Verdict.NEW_EVENT : Verdict.NOTHING_NEW;
  }

  /** Whether a report at this stage changes the pair's level (a proposal does not). */
  static boolean changesLevel(DetectedUpgrade move) {
    return !"proposed".equals(move.getStage());
  }

  static PairLevel moved(DetectedUpgrade move, TaggedRelease report, Instant now) {
    return PairLevel.newBuilder()
        .setPair(move.getPair())
        .setLevel(move.getToLevel())
        .setSince(UpgradeEvents.eventTime(report))
        .setEstablishedBy(new ArrayList<>(List.of(report.getId())))
        .setOrigin("release")
        .setUpdatedAt(now)
        .build();
  }

  /** The same level, with one more release that reported it. */
  static PairLevel corroborated(PairLevel current, TaggedRelease report, Instant now) {
    if (current.getEstablishedBy().contains(report.getId())) {
      return current;
    }
    List<String> releases = new ArrayList<>(current.getEstablishedBy());
    releases.add(report.getId());
    return PairLevel.newBuilder(current).setEstablishedBy(releases).setUpdatedAt(now).build();
  }
}
