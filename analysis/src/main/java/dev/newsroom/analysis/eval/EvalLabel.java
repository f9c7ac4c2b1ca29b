package dev.newsroom.analysis.eval;

import dev.newsroom.analysis.CountryPair;

/**
 * What a human annotator says a release contains.
 *
 * @param pair      the primary pair, or {@code null} when the release is about no pair acting together
 * @param toLevel   canonical level moved to, or {@code null}
 * @param fromLevel canonical level left, when the release states it; otherwise {@code null}
 * @param stage     wire label of the stage ("agreed"), or {@code null} when not labelled
 * @param eventKey  groups releases that report one real-world event; may be {@code null}
 * @param direction "upgrade", "downgrade" or {@code null}
 */
public record EvalLabel(boolean isUpgrade, CountryPair pair, String toLevel, String fromLevel, String stage,
    String eventKey, String direction) {

  public boolean isDowngrade() {
    return "downgrade".equals(direction);
  }
}
