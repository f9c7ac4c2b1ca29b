package dev.newsroom.producer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the dates releases carry: an ISO date ({@code 2022-11-12}) or an ISO date-time with offset. */
public final class PublishedDates {

  private PublishedDates() {}

  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return value.length() <= 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException("date '" + value + "' is neither yyyy-MM-dd nor an ISO date-time");
      }
    }
  }
}
