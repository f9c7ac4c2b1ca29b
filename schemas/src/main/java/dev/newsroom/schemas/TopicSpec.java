package dev.newsroom.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with its name and the serdes of its key and value, so that every client reads and writes it the
 * same way.
 *
 * @param compacted whether the topic keeps the latest value per key rather than expiring by time
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {}
