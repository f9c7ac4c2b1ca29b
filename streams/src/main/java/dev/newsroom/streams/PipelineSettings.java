package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the topology itself (not of the Kafka client).
 *
 * @param dedupRetention how long a release is remembered for deduplication ({@code newsroom.dedup.retention},
 *     default 30 days)
 * @param alertWindow how far apart in event time two reports of the same pair and to-level may be and still be
 *     one real-world event ({@code newsroom.alerts.window}, default 30 days)
 * @param nearDuplicatePolicy shingles, LSH bands and the similarity threshold of near-duplicate detection
 *     ({@code newsroom.dedup.near.threshold}, default 0.40 estimated Jaccard over 3-word shingles)
 * @param dedupGrace how far out of order (in event time) a copy may arrive and still be judged against its
 *     original as if in order ({@code newsroom.dedup.grace}, default 5 s); verdicts wait this long behind the
 *     watermark
 * @param dedupIdleTimeout how long (wall clock) a raw partition may go without records before it stops holding
 *     the watermark back ({@code newsroom.dedup.idle.timeout}, default 30 s)
 * @param partitions partitions of the raw topic and of the deduplication topics
 *     ({@code newsroom.topic.partitions}, default 3)
 * @param alertLifecycle how long after its first report an event stays open for its later stages (proposed →
 *     agreed → established → took effect), which come as new versions of its alert
 *     ({@code newsroom.alerts.lifecycle}, default 730 days; at least the window)
 */
public record PipelineSettings(Duration dedupRetention, Duration alertWindow,
    NearDuplicatePolicy nearDuplicatePolicy, Duration dedupGrace, Duration dedupIdleTimeout, int partitions,
    Duration alertLifecycle) {

  public static final Duration DEFAULT_DEDUP_RETENTION = Duration.ofDays(30);
  public static final Duration DEFAULT_ALERT_WINDOW = Duration.ofDays(30);
  public static final Duration DEFAULT_DEDUP_GRACE = Duration.ofSeconds(5);
  public static final Duration DEFAULT_DEDUP_IDLE_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_PARTITIONS = 3;
  public static final Duration DEFAULT_ALERT_LIFECYCLE = Duration.ofDays(730);

  public PipelineSettings {
    Objects.requireNonNull(dedupRetention, "dedupRetention");
    Objects.requireNonNull(alertWindow, "alertWindow");
    Objects.requireNonNull(nearDuplicatePolicy, "nearDuplicatePolicy");
    Objects.requireNonNull(dedupGrace, "dedupGrace");
    Objects.requireNonNull(dedupIdleTimeout, "dedupIdleTimeout");
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
    if (dedupGrace.isNegative()) {
      throw new IllegalArgumentException("newsroom.dedup.grace must not be negative, got " + dedupGrace);
    }
    if (dedupIdleTimeout.isNegative() || dedupIdleTimeout.isZero()) {
      throw new IllegalArgumentException("newsroom.dedup.idle.timeout must be positive, got " + dedupIdleTimeout);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("newsroom.topic.partitions must be positive, got " + partitions);
    }
    if (alertLifecycle.compareTo(alertWindow) < 0) {
      throw new IllegalArgumentException("newsroom.alerts.lifecycle (" + alertLifecycle
          + ") must be at least newsroom.alerts.window (" + alertWindow + ")");
    }
  }

  public PipelineSettings(Duration dedupRetention, Duration alertWindow, NearDuplicatePolicy nearDuplicatePolicy) {
    this(dedupRetention, alertWindow, nearDuplicatePolicy, DEFAULT_DEDUP_GRACE, DEFAULT_DEDUP_IDLE_TIMEOUT,
        DEFAULT_PARTITIONS, DEFAULT_ALERT_LIFECYCLE);
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

  public static PipelineSettings defaults() {
    return new PipelineSettings(DEFAULT_DEDUP_RETENTION, DEFAULT_ALERT_WINDOW);
  }

  /** The same with other deduplication timing. */
  public PipelineSettings withDedupTiming(Duration grace, Duration idleTimeout) {
    return new PipelineSettings(dedupRetention, alertWindow, nearDuplicatePolicy, grace, idleTimeout, partitions,
        alertLifecycle);
  }

  /** The same with another partition count. */
  public PipelineSettings withPartitions(int count) {
    return new PipelineSettings(dedupRetention, alertWindow, nearDuplicatePolicy, dedupGrace, dedupIdleTimeout,
        count, alertLifecycle);
  }

  /** The same settings with another event lifecycle ({@code newsroom.alerts.lifecycle}). */
  public PipelineSettings withAlertLifecycle(Duration lifecycle) {
    return new PipelineSettings(dedupRetention, alertWindow, nearDuplicatePolicy, dedupGrace, dedupIdleTimeout,
        partitions, lifecycle);
  }
}
