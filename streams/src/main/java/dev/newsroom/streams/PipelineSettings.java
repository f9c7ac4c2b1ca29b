package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the topology itself (not of the Kafka client).
 *
 * @param dedupRetention how long a fingerprint is remembered for exact deduplication
 *     ({@code newsroom.dedup.retention}, default 30 days)
 * @param alertWindow how far apart in event time two reports of the same pair and to-level may be and still be
 *     one real-world event ({@code newsroom.alerts.window}, default 30 days)
 * @param nearDuplicatePolicy shingles, LSH bands and the similarity threshold of near-duplicate detection
 *     ({@code newsroom.dedup.near.threshold}, default 0.40 estimated Jaccard over 3-word shingles)
 * @param alertLifecycle how long after its first report an event stays open for its later stages (proposed →
 *     agreed → established → took effect), which come as new versions of its alert
 *     ({@code newsroom.alerts.lifecycle}, default 730 days; at least the window)
 */
public record PipelineSettings(Duration dedupRetention, Duration alertWindow,
    NearDuplicatePolicy nearDuplicatePolicy, Duration alertLifecycle) {

  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(30);
  public static final Duration DEFAULT_ALERT_WINDOW = Duration.ofDays(30);
  public static final Duration DEFAULT_ALERT_LIFECYCLE = Duration.ofDays(730);

  public PipelineSettings {
    Objects.requireNonNull(dedupRetention, "dedupRetention");
    Objects.requireNonNull(alertWindow, "alertWindow");
    Objects.requireNonNull(nearDuplicatePolicy, "nearDuplicatePolicy");
    Objects.requireNonNull(alertLifecycle, "alertLifecycle");
    if (nearDuplicatePolicy.threshold() <= 0 || nearDuplicatePolicy.threshold() > 1) {
      throw new IllegalArgumentException("newsroom.dedup.near.threshold must be in (0, 1], got "
          + nearDuplicatePolicy.threshold());
    }
    if (dedupRetention.isNegative() || dedupRetention.isZero()) {
      throw new IllegalArgumentException("newsroom.dedup.retention must be positive, got " + dedupRetention);
    }
    if (alertWindow.isNegative() || alertWindow.isZero()) {
      throw new IllegalArgumentException("newsroom.alerts.window must be positive, got " + alertWindow);
    }
    if (alertLifecycle.compareTo(alertWindow) < 0) {
      throw new IllegalArgumentException("newsroom.alerts.lifecycle (" + alertLifecycle
          + ") must be at least newsroom.alerts.window (" + alertWindow + ")");
    }
  }

  public PipelineSettings(Duration dedupRetention, Duration alertWindow, NearDuplicatePolicy nearDuplicatePolicy) {
    this(dedupRetention, alertWindow, nearDuplicatePolicy, DEFAULT_ALERT_LIFECYCLE);
  }

  public PipelineSettings(Duration dedupRetention, Duration alertWindow) {
    this(dedupRetention, alertWindow, NearDuplicatePolicy.standard());
  }

  /** With the standard LSH policy and another similarity threshold ({@code newsroom.dedup.near.threshold}). */
  public static PipelineSettings of(Duration dedupRetention, Duration alertWindow, double nearThreshold) {
    NearDuplicatePolicy standard = NearDuplicatePolicy.standard();
    return new PipelineSettings(dedupRetention, alertWindow, new NearDuplicatePolicy(standard.shingleWords(),
        standard.bands(), standard.rows(), nearThreshold, standard.seed()));
  }

  /** The same settings with another event lifecycle ({@code newsroom.alerts.lifecycle}). */
  public PipelineSettings withAlertLifecycle(Duration lifecycle) {
    return new PipelineSettings(dedupRetention, alertWindow, nearDuplicatePolicy, lifecycle);
  }

  public static PipelineSettings defaults() {
    return new PipelineSettings(DEFAULT_DEDUP_RETENTION, DEFAULT_ALERT_WINDOW);
  }
}
