package dev.newsroom.analysis;

import java.util.List;
import java.util.Map;

/**
 * Result of {@link PairTagger}: parties by salience, scored pairs, and the pair the release is about.
 *
 * @param primary {@code null} when no pair is presented as acting together
 * @param evidence unbounded evidence per pair, for ranking pairs the scores round to the same value
 */
record PairTagging(List<String> countries, List<ScoredPair> pairs, CountryPair primary,
    Map<CountryPair, Double> evidence) {

  double evidenceFor(CountryPair pair) {
    return evidence.getOrDefault(pair, 0.0);
  }

  /** Of the pairs the parties form, the one the release gives most evidence for (the first on a tie). */
  CountryPair bestPairAmong(java.util.List<String> parties) {
    CountryPair best = null;
    for (int a = 0; a < parties.size(); a++) {
      for (int b = a + 1; b < parties.size(); b++) {
        CountryPair pair = CountryPair.of(parties.get(a), parties.get(b));
        if (best == null || evidenceFor(pair) > evidenceFor(best)) {
          best = pair;
        }
      }
    }
    return best;
  }

  /** The best-scored pair with this party in it, or null: a sentence naming one party is about its main pair. */
  CountryPair bestPairWith(String party) {
    for (ScoredPair scored : pairs) {
      if (scored.pair().contains(party)) {
        return scored.pair();
      }
    }
    return null;
  }
}
