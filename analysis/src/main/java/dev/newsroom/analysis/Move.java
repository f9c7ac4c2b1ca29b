package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change in how two parties stand that a release reports as its news: a move up or down the partnership
 * ladder, or a change of diplomatic representation.
 *
 * @param fromLevel  the level left, when the release says or implies it; otherwise {@code null}
 * @param toLevel    canonical level reached: a partnership level ("comprehensive strategic partnership") or a
 *                   representation level ("no diplomatic relations", "relations suspended", "charge d'affaires",
 *                   "ambassador")
 * @param action     for a representation change, what was done; {@code null} for a partnership move
 * @param eventDate  the date of the decision as the release places it ("on Tuesday"), or {@code null}
 * @param confidence 0..1, how sure the reader is that this is a decision reported as news
 * @param evidence   the sentence that states the move, as it reads in the normalised text
 */
public record Move(MoveKind kind, Direction direction, CountryPair pair, String fromLevel, String toLevel,
    RepresentationAction action, Stage stage, LocalDate eventDate, double confidence, String evidence) {

  public Move {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(toLevel, "toLevel");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    if ((kind == MoveKind.REPRESENTATION) != (action != null)) {
      throw new IllegalArgumentException("a representation change has an action, a partnership move has none");
    }
  }

  /** A partnership move up or down the ladder. */
  public static Move partnership(Direction direction, CountryPair pair, String fromLevel, String toLevel,
      Stage stage, LocalDate eventDate, double confidence, String evidence) {
    return new Move(MoveKind.PARTNERSHIP, direction, pair, fromLevel, toLevel, null, stage, eventDate, confidence,
        evidence);
  }

  /** A change of diplomatic representation. */
  public static Move representation(RepresentationAction action, CountryPair pair, String fromLevel,
      String toLevel, Stage stage, LocalDate eventDate, double confidence, String evidence) {
    return new Move(MoveKind.REPRESENTATION, action.direction(), pair, fromLevel, toLevel, action, stage,
        eventDate, confidence, evidence);
  }

  public boolean isPartnership() {
    return kind == MoveKind.PARTNERSHIP;
  }

  /** The same move with the level left filled in. */
  public Move withFromLevel(String level) {
    return new Move(kind, direction, pair, level, toLevel, action, stage, eventDate, confidence, evidence);
  }
}
