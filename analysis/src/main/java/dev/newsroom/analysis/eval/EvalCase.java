package dev.newsroom.analysis.eval;

import dev.newsroom.analysis.AnalysisInput;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One labelled release of an evaluation corpus.
 *
 * @param heldOut whether the case is on the {@code test} side of the split (v2 corpora, by its event key): its
 *                mistakes are never shown, so rules cannot be tuned on it
 */
public record EvalCase(String id, String title, String text, LocalDate date, String lang, String sourceKind,
    EvalLabel label, boolean heldOut) {

  public EvalCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }

  public AnalysisInput input() {
    return new AnalysisInput(id, title, text, date);
  }
}
