package dev.newsroom.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the analyzer found in one release.
 *
 * @param countries   parties mentioned, most salient first
 * @param pairs       candidate pairs, best first
 * @param primaryPair the pair the release is about, or {@code null} when no pair is presented as acting together
 * @param upgrade     the partnership upgrade stated, or {@code null}
 */
public record Analysis(String id, List<String> countries, List<ScoredPair> pairs, CountryPair primaryPair,
    Upgrade upgrade) {

  public Analysis {
    Objects.requireNonNull(id, "id");
    countries = List.copyOf(countries);
    pairs = List.copyOf(pairs);
  }
}
