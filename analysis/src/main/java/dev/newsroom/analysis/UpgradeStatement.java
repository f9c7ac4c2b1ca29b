package dev.newsroom.analysis;

/**
 * One sentence's claim that two parties move to a level, before the parties are resolved.
 *
 * @param fromLevel level stated as the starting point in the same sentence, or {@code null}
 * @param explicitStage true when a word states the stage ("agreed", "signed"); false when it is only
 *                      inferred from the verb form ("to elevate", "elevated")
 * @param lowering      the verb itself moves down ("downgrade"), whatever the levels say
 */
record UpgradeStatement(String toLevel, String fromLevel, Stage stage, boolean explicitStage, boolean lowering) {

  UpgradeStatement(String toLevel, String fromLevel, Stage stage, boolean explicitStage) {
    this(toLevel, fromLevel, stage, explicitStage, false);
  }
}
