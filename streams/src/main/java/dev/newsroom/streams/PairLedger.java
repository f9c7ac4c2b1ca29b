package dev.newsroom.streams;

import dev.newsroom.analysis.CountryPair;
import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.avro.TaggedRelease;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reported move means against the ledger of a pair's standing, which has two ladders: the partnership
 * level and the level of diplomatic representation. A release that only restates the current level (or
 * reports a level the pair already passed) raises nothing; a move up raises an upgrade and a move down a
 * downgrade. Plain logic; {@link PairEventsProcessor} keeps the state.
 */
final class PairLedger {

  enum Verdict { NEW_EVENT, NOTHING_NEW }

  /** The representation ladder, lowest first, in the canonical names the analysis gives. */
  static final List<String> REPRESENTATION_LEVELS =
      List.of("no diplomatic relations", "relations suspended", "charge d'affaires", "ambassador");

  private final PartnershipLadder ladder;

  PairLedger(PartnershipLadder ladder) {
    this.ladder = ladder;
  }

  /** The pair's current level on the ladder of this kind of move, or null when unknown. */
  static String currentLevel(PairLevel current, MoveKind kind) {
    if (current == null) {
      return null;
    }
    if (kind == MoveKind.PARTNERSHIP) {
      return current.getLevel();
    }
    return current.getRepresentation() == null ? null : current.getRepresentation().getLevel();
  }

  Verdict judge(PairLevel current, DetectedMove move) {
    String now = currentLevel(current, move.getKind());
    String to = move.getToLevel();
    if (now == null) {
      return Verdict.NEW_EVENT;
    }
    if (now.equals(to)) {
      return Verdict.NOTHING_NEW;
    }
    Boolean up = move.getKind() == MoveKind.PARTNERSHIP ? partnershipUp(move.getPair(), now, to)
        : representationUp(now, to);
    if (up == null) {
      return Verdict.NEW_EVENT; // a level the ladder does not rank: let the desk judge
    }
    return up == (move.getDirection() == Direction.UPGRADE) ? Verdict.NEW_EVENT : Verdict.NOTHING_NEW;
  }

  /** Whether {@code to} is above {@code from} on the ladder that governs the pair; null if either is unranked. */
  private Boolean partnershipUp(List<String> pair, String from, String to) {
    if (ladder.rank(from).isEmpty() || ladder.rank(to).isEmpty()) {
      return null;
    }
    CountryPair countries = CountryPair.of(pair.get(0), pair.get(1));
    return ladder.isUpgrade(countries, from, to);
  }

  private static Boolean representationUp(String from, String to) {
    int fromRank = REPRESENTATION_LEVELS.indexOf(from);
    int toRank = REPRESENTATION_LEVELS.indexOf(to);
    return fromRank < 0 || toRank < 0 ? null : toRank > fromRank;
  }

  /** The ledger after the move: the move's ladder takes its level, the other ladder is kept. */
  static PairLevel moved(PairLevel current, DetectedMove move, TaggedRelease report, Instant now) {
    Instant since = PairEvents.eventTime(report);
    List<String> releases = new ArrayList<>(List.of(report.getId()));
    if (move.getKind() == MoveKind.REPRESENTATION) {
      PairLevel.Builder next = current != null ? PairLevel.newBuilder(current)
          : PairLevel.newBuilder().setPair(move.getPair()).setLevel(null).setOrigin("release");
      return next.setRepresentation(new RepresentationLevel(move.getToLevel(), move.getAction(), since, releases))
          .setUpdatedAt(now)
          .build();
    }
    return PairLevel.newBuilder()
        .setPair(move.getPair())
        .setLevel(move.getToLevel())
        .setSince(since)
        .setEstablishedBy(releases)
        .setOrigin("release")
        .setUpdatedAt(now)
        .setRepresentation(current == null ? null : current.getRepresentation())
        .build();
  }

  /**
   * The same level, with one more release that reported it; the entry itself when the release is already
   * listed or the level is not the move's.
   */
  static PairLevel corroborated(PairLevel current, DetectedMove move, TaggedRelease report, Instant now) {
    if (current == null || !move.getToLevel().equals(currentLevel(current, move.getKind()))) {
      return current;
    }
    if (move.getKind() == MoveKind.REPRESENTATION) {
      RepresentationLevel representation = current.getRepresentation();
      if (representation.getEstablishedBy().contains(report.getId())) {
        return current;
      }
      return PairLevel.newBuilder(current)
          .setRepresentation(RepresentationLevel.newBuilder(representation)
              .setEstablishedBy(plus(representation.getEstablishedBy(), report.getId())).build())
          .setUpdatedAt(now)
          .build();
    }
    if (current.getEstablishedBy().contains(report.getId())) {
      return current;
    }
    return PairLevel.newBuilder(current).setEstablishedBy(plus(current.getEstablishedBy(), report.getId()))
        .setUpdatedAt(now).build();
  }

  /**
   * The entry without a release the deduplication judged a copy, among those behind the move's ladder's level;
   * the entry itself when the copy is not listed there or is the only release listed.
   */
  static PairLevel withoutCopy(PairLevel current, DetectedMove move, String copyId, Instant now) {
    List<String> behind = releasesBehind(current, move);
    List<String> left = behind == null ? null : minus(behind, copyId);
    if (left == null) {
      return current;
    }
    return move.getKind() == MoveKind.REPRESENTATION
        ? PairLevel.newBuilder(current).setRepresentation(RepresentationLevel.newBuilder(current.getRepresentation())
            .setEstablishedBy(left).build()).setUpdatedAt(now).build()
        : PairLevel.newBuilder(current).setEstablishedBy(left).setUpdatedAt(now).build();
  }

  /** Whether the release is among those behind the pair's level on the move's ladder, at the move's level. */
  static boolean lists(PairLevel current, DetectedMove move, String releaseId) {
    List<String> behind = releasesBehind(current, move);
    return behind != null && behind.contains(releaseId);
  }

  /** The releases behind the pair's level on the move's ladder when that level is the move's; else null. */
  private static List<String> releasesBehind(PairLevel current, DetectedMove move) {
    if (current == null || !move.getToLevel().equals(currentLevel(current, move.getKind()))) {
      return null;
    }
    return move.getKind() == MoveKind.REPRESENTATION
        ? current.getRepresentation().getEstablishedBy() : current.getEstablishedBy();
  }

  /** The ids without {@code id}; null when it is not there or is the only one. */
  private static List<String> minus(List<String> ids, String id) {
    if (!ids.contains(id) || ids.size() == 1) {
      return null;
    }
    return new ArrayList<>(ids.stream().filter(other -> !other.equals(id)).toList());
  }

  /** The entry with the move's ladder dated no later than {@code time}; the entry itself if it already is. */
  static PairLevel sinceNoLaterThan(PairLevel entry, DetectedMove move, Instant time) {
    if (entry == null || !move.getToLevel().equals(currentLevel(entry, move.getKind()))) {
      return entry;
    }
    if (move.getKind() == MoveKind.REPRESENTATION) {
      RepresentationLevel representation = entry.getRepresentation();
      return representation.getSince() == null || representation.getSince().isAfter(time)
          ? PairLevel.newBuilder(entry).setRepresentation(
              RepresentationLevel.newBuilder(representation).setSince(time).build()).build()
          : entry;
    }
    return entry.getSince() == null || entry.getSince().isAfter(time)
        ? PairLevel.newBuilder(entry).setSince(time).build() : entry;
  }

  private static List<String> plus(List<String> ids, String id) {
    List<String> more = new ArrayList<>(ids);
    more.add(id);
    return more;
  }
}
