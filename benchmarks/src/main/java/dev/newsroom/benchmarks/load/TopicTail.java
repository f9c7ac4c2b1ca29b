package dev.newsroom.benchmarks.load;

import dev.newsroom.schemas.read.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows output topics from their beginning with {@link TopicReader} (read_committed, as the desk's consumers
 * do), on its own thread, through broker restarts. It keeps every record's key (and value, for the topics asked)
 * with the wall-clock time it was seen.
 */
final class TopicTail implements AutoCloseable {

  /** One committed output record; {@code value} is null unless its topic's values are kept. */
  record Seen(String topic, String key, byte[] value, long seenAtMillis) {}

  private final TopicReader<String, byte[]> reader;
  private final Set<String> keepValues;
  private final List<Seen> seen = new ArrayList<>();
  private final Map<String, Long> counts = new HashMap<>();
  private final Consumer<Seen> listener;

  TopicTail(String bootstrap, List<String> topics, Set<String> keepValues, Consumer<Seen> listener) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    this.keepValues = Set.copyOf(keepValues);
    this.listener = listener;
    this.reader = TopicReader.open(props, new StringDeserializer(), new ByteArrayDeserializer(), Duration.ofSeconds(60),
        topics).fromBeginning();
    reader.followInBackground("tail-" + topics.get(0), this::seen);
  }

  TopicTail(String bootstrap, List<String> topics, Set<String> keepValues) {
    this(bootstrap, topics, keepValues, record -> { });
  }

  private void seen(ConsumerRecords<String, byte[]> batch) {
    for (ConsumerRecord<String, byte[]> record : batch) {
      long now = System.currentTimeMillis();
      Seen one = new Seen(record.topic(), record.key(), keepValues.contains(record.topic()) ? record.value() : null,
          now);
      synchronized (this) {
        seen.add(one);
        counts.merge(record.topic(), 1L, Long::sum);
      }
      listener.accept(one);
    }
  }

  synchronized List<Seen> snapshot() {
    return List.copyOf(seen);
  }

  synchronized long count() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  synchronized long count(String topic) {
    return counts.getOrDefault(topic, 0L);
  }

  @Override
  public void close() {
    reader.close();
  }
}
