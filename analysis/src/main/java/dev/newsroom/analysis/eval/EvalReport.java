package dev.newsroom.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of an evaluation: confusion counts per label, accuracies, and the mistakes, with a plain
 * text rendering for terminals and review comments.
 */
public record EvalReport(int cases, Map<String, Counts> counts, Map<String, Accuracy> accuracies,
    List<Mistake> mistakes) {

  /** Correct out of judged; 1 when nothing was judged. */
  public record Accuracy(int correct, int judged) {
    public double value() {
      return judged == 0 ? 1.0 : (double) correct / judged;
    }
  }

  public EvalReport {
    counts = new LinkedHashMap<>(counts);
    accuracies = new LinkedHashMap<>(accuracies);
    mistakes = List.copyOf(mistakes);
  }

  public Counts of(String label) {
    Counts c = counts.get(label);
    if (c == null) {
      throw new IllegalArgumentException("no such label: " + label);
    }
    return c;
  }

  public double accuracy(String label) {
    Accuracy a = accuracies.get(label);
    return a == null ? Double.NaN : a.value();
  }

  /** The table: one row per label with counts, precision, recall, F1, and accuracy where there is one. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%d cases%n", cases));
    out.append(String.format(Locale.ROOT, "%-20s %4s %4s %4s %4s %6s %6s %6s %s%n",
        "label", "tp", "fp", "fn", "tn", "P", "R", "F1", "accuracy"));
    counts.forEach((label, c) -> {
      Accuracy a = accuracies.get(label);
      String accuracy = a == null ? "" : String.format(Locale.ROOT, "%.3f (%d/%d)", a.value(), a.correct(), a.judged());
      out.append(String.format(Locale.ROOT, "%-20s %4d %4d %4d %4d %6.3f %6.3f %6.3f %s%n", label, c.tp(), c.fp(),
          c.fn(), c.tn(), c.precision(), c.recall(), c.f1(), accuracy));
    });
    return out.toString();
  }

  /** One line per mistake: id, label, expected, found. */
  public List<String> mistakeLines() {
    List<String> lines = new ArrayList<>(mistakes.size());
    for (Mistake m : mistakes) {
      lines.add(m.id() + "  " + m.field() + ": expected " + m.expected() + ", got " + m.actual());
    }
    return lines;
  }

  /** Table, then mistakes. */
  public String render() {
    StringBuilder out = new StringBuilder(table());
    out.append(String.format("%n%d mistakes%n", mistakes.size()));
    mistakeLines().forEach(line -> out.append(line).append(System.lineSeparator()));
    return out.toString();
  }
}
