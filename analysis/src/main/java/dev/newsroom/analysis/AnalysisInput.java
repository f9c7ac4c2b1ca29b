package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the analyzer needs from a release.
 *
 * @param title may be {@code null} or blank when the source has none
 * @param date    publication date from the source's metadata, or {@code null}; used to tell history from news
 * @param arrival when the release reached us, or {@code null}: the date of last resort, and the year of a
 *                dateline that gives none ("HANOI, 10 September (VNA)")
 */
public record AnalysisInput(String id, String title, String text, LocalDate date, LocalDate arrival) {

  /** A release without a known arrival time. */
  public AnalysisInput(String id, String title, String text, LocalDate date) {
    this(id, title, text, date, null);
  }

  public AnalysisInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }
}
