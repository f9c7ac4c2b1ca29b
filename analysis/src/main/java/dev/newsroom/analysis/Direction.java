package dev.newsroom.analysis;

/** Up or down a ladder. */
public enum Direction {
  UPGRADE,
  DOWNGRADE;

  /** The lower-case wire name used in JSON, e.g. {@code "upgrade"}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
