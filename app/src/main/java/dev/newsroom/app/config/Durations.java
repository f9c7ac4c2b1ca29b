package dev.newsroom.app.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as people write them in config: {@code 30d}, {@code 12h}, {@code 15m}, {@code 10s}, {@code 500ms}, or ISO-8601. */
final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  static Duration parse(String text) {
    Matcher short_ = SHORT.matcher(text.strip());
    Duration duration;
    if (short_.matches()) {
      long n = Long.parseLong(short_.group(1));
      duration = switch (short_.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    } else {
      try {
        duration = Duration.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 30d, 12h, 15m, 10s, 500ms or PT1H");
      }
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("must be positive, got '" + text + "'");
    }
    return duration;
  }
}
