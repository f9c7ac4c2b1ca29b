package dev.newsroom.analysis;

import java.util.Objects;

/**
 * A stated move of two parties up the partnership ladder.
 *
 * @param fromLevel the level they leave, when the release says so; otherwise {@code null}
 * @param toLevel   canonical level they move to, e.g. "comprehensive strategic partnership"
 * @param evidence  the sentence that states the move at {@code stage}, as it reads in the normalised text
 */
public record Upgrade(CountryPair pair, String fromLevel, String toLevel, Stage stage, String evidence) {

  public Upgrade {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(toLevel, "toLevel");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(evidence, "evidence");
  }
}
