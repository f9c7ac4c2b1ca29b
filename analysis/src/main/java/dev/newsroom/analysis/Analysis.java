package dev.newsroom.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the analyzer found in one release.
 *
 * @param countries   parties mentioned, most salient first
 * @param pairs       candidate pairs, best first
 * @param primaryPair the pair the release is about, or {@code null} when no pair is presented as acting together
 * @param upgrade     the partnership upgrade stated, or {@code null}; never a move down the ladder
 * @param downgrade   a stated move down the ladder (same shape: {@code fromLevel} is the higher level left),
 *                    or {@code null}
 */
public record Analysis(String id, List<String> countries, List<ScoredPair> pairs, CountryPair primaryPair,
    Upgrade upgrade, Upgrade downgrade) {

  public Analysis {
    Objects.requireNonNull(id, "id");
    countries = List.copyOf(countries);
    pairs = List.copyOf(pairs);
  }

  /** The analysis as it was before downgrades were reported: no downgrade. */
  public Analysis(String id, List<String> countries, List<ScoredPair> pairs, CountryPair primaryPair,
      Upgrade upgrade) {
    this(id, countries, pairs, primaryPair, upgrade, null);
  }
}
