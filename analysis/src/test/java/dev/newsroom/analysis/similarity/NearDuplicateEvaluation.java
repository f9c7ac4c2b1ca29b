package dev.newsroom.analysis.similarity;

import dev.newsroom.analysis.similarity.NearDuplicateCorpus.Doc;
import dev.newsroom.analysis.similarity.NearDuplicateCorpus.Variant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a corpus through a {@link NearDuplicateIndex} in order and scores it: recall per variant (the share of
 * copies caught), and precision (the share of verdicts that name a release of the same family).
 */
public final class NearDuplicateEvaluation {

  /** Per-variant counts; for DISTINCT and UNRELATED, {@code flagged} counts false duplicates. */
  public record Row(Variant variant, int total, int flagged) {
    public double rate() {
      return total == 0 ? 0 : (double) flagged / total;
    }
  }

  public record Result(Map<Variant, Row> rows, int verdicts, int correctVerdicts) {
    public double precision() {
      return verdicts == 0 ? 1 : (double) correctVerdicts / verdicts;
    }

    public double recall(Variant variant) {
      return rows.get(variant).rate();
    }

    public String table() {
      StringBuilder table = new StringBuilder(String.format("%-12s %6s %8s %7s%n", "variant", "docs", "flagged", "rate"));
      rows.values().forEach(row -> table.append(String.format("%-12s %6d %8d %7.3f%n",
          row.variant(), row.total(), row.flagged(), row.rate())));
      return table.append(String.format("precision %.4f over %d duplicate verdicts%n", precision(), verdicts))
          .toString();
    }
  }

  private NearDuplicateEvaluation() {}

  public static Result run(List<Doc> corpus, NearDuplicatePolicy policy) {
    NearDuplicateIndex index = new NearDuplicateIndex(policy);
    Map<String, String> familyOf = new HashMap<>();
    Map<Variant, int[]> counts = new EnumMap<>(Variant.class);
    int verdicts = 0;
    int correct = 0;
    for (Doc doc : corpus) {
      familyOf.put(doc.id(), doc.family());
      Optional<NearDuplicateIndex.Match> match = index.add(doc.id(), doc.text());
      int[] count = counts.computeIfAbsent(doc.variant(), v -> new int[2]);
      count[0]++;
      if (match.isPresent()) {
        count[1]++;
        verdicts++;
        if (familyOf.get(match.get().originalId()).equals(doc.family())) {
          correct++;
        }
      }
    }
    Map<Variant, Row> rows = new EnumMap<>(Variant.class);
    counts.forEach((variant, count) -> rows.put(variant, new Row(variant, count[0], count[1])));
    return new Result(rows, verdicts, correct);
  }

  /** Prints the table for a generated corpus: {@code [events [unrelated [seed [threshold]]]]}. */
  public static void main(String[] args) {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int unrelated = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    List<Doc> corpus = new NearDuplicateCorpus(seed).generate(events, unrelated);
    NearDuplicatePolicy standard = NearDuplicatePolicy.standard();
    double threshold = args.length > 3 ? Double.parseDouble(args[3]) : standard.threshold();
    NearDuplicatePolicy policy = new NearDuplicatePolicy(standard.shingleWords(), standard.bands(), standard.rows(),
        threshold, standard.seed());
    System.out.print(run(corpus, policy).table());
  }
}
