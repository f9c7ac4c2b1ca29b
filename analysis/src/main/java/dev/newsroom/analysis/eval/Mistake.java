package dev.newsroom.analysis.eval;

/**
 * One disagreement between label and analysis: which case, which label, what was expected, what came out.
 *
 * @param heldOut the case is on the test side of the split: counted, never shown
 */
public record Mistake(String id, String field, String expected, String actual, boolean heldOut) {
}
