package dev.newsroom.schemas;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic as data: its name, the serdes of its key and value (so that every client reads and writes it the same
 * way), and how long it keeps records, from which the topic's configuration at creation follows.
 *
 * @param compacted whether the topic keeps the latest value per key rather than expiring by time
 * @param retention how long records are kept when not compacted; {@code null} for a compacted topic
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted,
    Duration retention) {

  /** What a topic keeps when nothing else is said: a month. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

  public TopicSpec {
    if (!compacted && (retention == null || retention.isNegative() || retention.isZero())) {
      throw new IllegalArgumentException("topic " + name + " needs a positive retention");
    }
  }

  /** A compacted topic, or one kept {@link #DEFAULT_RETENTION}. */
  public TopicSpec(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
    this(name, keySerde, valueSerde, compacted, compacted ? null : DEFAULT_RETENTION);
  }

  /** A time-retained topic. */
  public static <K, V> TopicSpec<K, V> retained(String name, Serde<K> keySerde, Serde<V> valueSerde,
      Duration retention) {
    return new TopicSpec<>(name, keySerde, valueSerde, false, retention);
  }

  /** The topic configuration it is created with. */
  public Map<String, String> topicConfig() {
    return compacted
        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
        : Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
  }
}
