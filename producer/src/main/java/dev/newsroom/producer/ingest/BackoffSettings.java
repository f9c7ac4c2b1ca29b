package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;

/** After a failed poll a source waits {@code initial}, doubled after each further failure up to {@code max}. */
public record BackoffSettings(@JsonDeserialize(using = DurationText.class) Duration initial,
    @JsonDeserialize(using = DurationText.class) Duration max) {

  public BackoffSettings {
    initial = initial != null ? initial : Duration.ofSeconds(30);
    max = max != null ? max : Duration.ofMinutes(30);
    IngestConfig.require(max.compareTo(initial) >= 0, "backoff max must be at least initial");
  }

  public static BackoffSettings defaults() {
    return new BackoffSettings(null, null);
  }

  /** The pause after {@code failures} consecutive failures (1 = the first). */
  public Duration after(int failures) {
    Duration delay = initial;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
