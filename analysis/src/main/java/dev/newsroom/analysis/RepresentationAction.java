package dev.newsroom.analysis;

import java.util.Locale;

/**
 * What a government did to the level of diplomatic representation between two parties. The levels, lowest
 * first: no diplomatic relations, relations suspended, chargé d'affaires, ambassador.
 */
public enum RepresentationAction {
  SEVERED(Direction.DOWNGRADE),
  SUSPENDED(Direction.DOWNGRADE),
  DOWNGRADED_TO_CHARGE(Direction.DOWNGRADE),
  AMBASSADOR_RECALLED(Direction.DOWNGRADE),
  AMBASSADOR_EXPELLED(Direction.DOWNGRADE),
  RESTORED(Direction.UPGRADE),
  AMBASSADOR_RETURNED(Direction.UPGRADE),
  UPGRADED_TO_AMBASSADOR(Direction.UPGRADE),
  ESTABLISHED(Direction.UPGRADE);

  private final Direction direction;

  RepresentationAction(Direction direction) {
    this.direction = direction;
  }

  /** The way this action moves representation. */
  public Direction direction() {
    return direction;
  }

  /** The lower-case wire name used in JSON and the corpus, e.g. {@code "ambassador_recalled"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a wire label (or the constant's name, in any case). */
  public static RepresentationAction fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
