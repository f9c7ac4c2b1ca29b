package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 15m}, {@code 10s}, {@code 500ms}, {@code 12h}, {@code 1d} or ISO-8601. */
public final class DurationText extends JsonDeserializer<Duration> {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  public static Duration parse(String text) {
    String value = text == null ? "" : text.strip();
    Matcher m = SHORT.matcher(value);
    Duration duration;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      duration = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    } else {
      try {
        duration = Duration.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 15m, 10s, 500ms or PT1H");
      }
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive, got '" + text + "'");
    }
    return duration;
  }

  @Override
  public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    try {
      return parse(parser.getValueAsString());
    } catch (IllegalArgumentException e) {
      throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, e.getMessage(),
          parser.getValueAsString(), Duration.class);
    }
  }
}
