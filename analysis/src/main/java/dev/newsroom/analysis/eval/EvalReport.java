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
    Map<String, Counts> upgradeByLanguage, Map<String, Integer> casesByLanguage, List<Mistake> mistakes) {

  /** Correct out of judged; 1 when nothing was judged. */
  public record Accuracy(int correct, int judged) {
    public double value() {
      return judged == 0 ? 1.0 : (double) correct / judged;
    }
  }

  public EvalReport {
    counts = new LinkedHashMap<>(counts);
    accuracies = new LinkedHashMap<>(accuracies);
    upgradeByLanguage = new LinkedHashMap<>(upgradeByLanguage);
    casesByLanguage = new LinkedHashMap<>(casesByLanguage);
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

  /** Upgrade detection per language: support (cases), moves labelled, P, R, F1. */
  public String languageTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-6s %5s %5s %4s %4s %4s %6s %6s %6s%n", "lang", "cases", "moves",
        "tp", "fp", "fn", "P", "R", "F1"));
    upgradeByLanguage.forEach((lang, c) -> out.append(String.format(Locale.ROOT,
        "%-6s %5d %5d %4d %4d %4d %6.3f %6.3f %6.3f%n", lang, casesByLanguage.getOrDefault(lang, 0), c.tp() + c.fn(), c.tp(), c.fp(), c.fn(),
        c.precision(), c.recall(), c.f1())));
    return out.toString();
  }

  /** The mistakes that may be shown: never those of held-out (test split) cases. */
  public List<Mistake> shownMistakes() {
    return mistakes.stream().filter(m -> !m.heldOut()).toList();
  }

  /** One line per shown mistake: id, label, expected, found. */
  public List<String> mistakeLines() {
    List<String> lines = new ArrayList<>();
    for (Mistake m : shownMistakes()) {
      lines.add(m.id() + "  " + m.field() + ": expected " + m.expected() + ", got " + m.actual());
    }
    return lines;
  }

  /** Table, per-language table, then the mistakes when asked for (held-out ones only counted). */
  public String render(boolean withMistakes) {
    StringBuilder out = new StringBuilder(table());
    out.append(System.lineSeparator()).append(languageTable());
    long heldOut = mistakes.stream().filter(Mistake::heldOut).count();
    out.append(String.format("%n%d mistakes", mistakes.size()));
    if (heldOut > 0) {
      out.append(String.format(" (%d on held-out test cases, never listed)", heldOut));
    }
    out.append(System.lineSeparator());
    if (withMistakes) {
      mistakeLines().forEach(line -> out.append(line).append(System.lineSeparator()));
    }
    return out.toString();
  }

  /** Table and every showable mistake. */
  public String render() {
    return render(true);
  }
}
