package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the analyzer needs from a release.
 *
 * @param title may be {@code null} or blank when the source has none
 * @param date  publication date, or {@code null}; used to tell history from news
 */
public record AnalysisInput(String id, String title, String text, LocalDate date) {

  public AnalysisInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }
}
