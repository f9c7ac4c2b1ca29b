package dev.newsroom.analysis.eval;

/** One disagreement between label and analysis: which case, which label, what was expected, what came out. */
public record Mistake(String id, String field, String expected, String actual) {
}
