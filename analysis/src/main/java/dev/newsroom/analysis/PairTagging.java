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
}
