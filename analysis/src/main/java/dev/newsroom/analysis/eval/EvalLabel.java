package dev.newsroom.analysis.eval;

import dev.newsroom.analysis.CountryPair;

/**
 * What a human annotator says a release contains (corpus label format v2; v1 labels are read into it).
 *
 * @param pair           the primary pair, or {@code null} when the release is about no pair acting together
 * @param eventKey       groups releases that report one real-world event; may be {@code null}
 * @param partnership    the partnership move the release reports as news, or {@code null}
 * @param representation the change of diplomatic representation it reports as news, or {@code null}
 * @param negative       why a release with neither could fool a reader ("anniversary", "preview"), or {@code null}
 * @param version        the label format: 1 (no representation field: representation is not judged) or 2
 */
public record EvalLabel(CountryPair pair, String eventKey, PartnershipLabel partnership,
    RepresentationLabel representation, String negative, int version) {

  /**
   * A move on the partnership ladder.
   *
   * @param direction "upgrade" or "downgrade"
   * @param fromLevel canonical level left, when the release states it; otherwise {@code null}
   * @param toLevel   canonical level reached
   * @param stage     wire label of the stage ("agreed"), or {@code null} when not labelled
   */
  public record PartnershipLabel(String direction, String fromLevel, String toLevel, String stage) {
  }

  /**
   * A change of diplomatic representation.
   *
   * @param direction "upgrade" or "downgrade"
   * @param action    wire label of the action ("ambassador_recalled")
   * @param fromLevel representation level left, or {@code null} when unclear
   * @param toLevel   representation level reached
   */
  public record RepresentationLabel(String direction, String action, String fromLevel, String toLevel) {
  }

  /** "upgrade", "downgrade" or {@code null}: the partnership direction labelled. */
  public String partnershipDirection() {
    return partnership == null ? null : partnership.direction();
  }

  public boolean isUpgrade() {
    return "upgrade".equals(partnershipDirection());
  }

  public boolean isDowngrade() {
    return "downgrade".equals(partnershipDirection());
  }
}
