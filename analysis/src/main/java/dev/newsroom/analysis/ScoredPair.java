package dev.newsroom.analysis;

import java.util.Objects;

/** A candidate pair with how strongly the release presents the two parties as acting together, in [0, 1]. */
public record ScoredPair(CountryPair pair, double score) {

  public ScoredPair {
    Objects.requireNonNull(pair, "pair");
    if (Double.isNaN(score) || score < 0.0 || score > 1.0) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }
}
