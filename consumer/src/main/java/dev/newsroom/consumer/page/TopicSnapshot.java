package dev.newsroom.consumer.page;

import dev.newsroom.schemas.TopicSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Reads a (compacted) topic from its beginning to its current end, without a consumer group's commits. */
public final class TopicSnapshot {

  private TopicSnapshot() {}

  /** @param each called for every record in partition order; tombstones are skipped */
  public static <V> long read(Properties consumerProperties, TopicSpec<String, V> topic, Duration timeout,
      BiConsumer<String, V> each) {
    long count = 0;
    try (KafkaConsumer<String, V> consumer = WholeTopic.fromBeginning(consumerProperties, topic)) {
      List<TopicPartition> partitions = List.copyOf(consumer.assignment());
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plus(timeout);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("could not read " + topic.name() + " to its end within " + timeout);
        }
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() != null) {
            each.accept(record.key(), record.value());
            count++;
          }
        }
      }
    }
    return count;
  }
}
