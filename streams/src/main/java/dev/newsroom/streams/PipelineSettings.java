package dev.newsroom.streams;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the topology itself (not of the Kafka client).
 *
 * @param dedupRetention how long a fingerprint is remembered for exact deduplication
 *     ({@code newsroom.dedup.retention}, default 30 days)
 * @param alertWindow how far apart in event time two reports of the same pair and to-level may be and still be
 *     one real-world event ({@code newsroom.alerts.window}, default 30 days)
 */
public record PipelineSettings(Duration dedupRetention, Duration alertWindow) {

  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(30);
  public static final Duration DEFAULT_ALERT_WINDOW = Duration.ofDays(30);

  public PipelineSettings {
    Objects.requireNonNull(dedupRetention, "dedupRetention");
    Objects.requireNonNull(alertWindow, "alertWindow");
    if (dedupRetention.isNegative() || dedupRetention.isZero()) {
      throw new IllegalArgumentException("newsroom.dedup.retention must be positive, got " + dedupRetention);
    }
    if (alertWindow.isNegative() || alertWindow.isZero()) {
      throw new IllegalArgumentException("newsroom.alerts.window must be positive, got " + alertWindow);
    }
  }

  public static PipelineSettings defaults() {
    return new PipelineSettings(DEFAULT_DEDUP_RETENTION, DEFAULT_ALERT_WINDOW);
  }
}
