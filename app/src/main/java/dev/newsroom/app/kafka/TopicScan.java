package dev.newsroom.app.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic as it is now, every partition, without a consumer group (nothing is committed, no one else's
 * position moves): from the beginning, or its latest records, then optionally what arrives after. Values stay
 * bytes so that the caller decodes them and can report a record it cannot read instead of stopping.
 */
public final class TopicScan implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, byte[]> consumer;
  private final List<TopicPartition> partitions;
  private final Duration timeout;

  /**
   * @param consumerProperties Newsroom's consumer settings; the group is dropped, only committed records are read
   * @param timeout how long to wait for the end of the topic without making progress
   */
  public TopicScan(Properties consumerProperties, String topic, Duration timeout) {
    Properties properties = new Properties();
    properties.putAll(consumerProperties);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    this.timeout = timeout;
    this.consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    this.partitions = consumer.partitionsFor(topic, timeout).stream()
        .map(info -> new TopicPartition(topic, info.partition())).toList();
    if (partitions.isEmpty()) {
      consumer.close();
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    consumer.assign(partitions);
  }

  /** Every record on the topic now, partition by partition. */
  public List<ConsumerRecord<String, byte[]>> fromBeginning() {
    consumer.seekToBeginning(partitions);
    return readToEnd();
  }

  /**
   * The latest {@code count} records on the topic now, oldest first (by timestamp across partitions).
   * With a {@code filter}, the latest {@code count} that match, which means reading the whole topic.
   */
  public List<ConsumerRecord<String, byte[]>> latest(int count, java.util.function.Predicate<ConsumerRecord<String, byte[]>> filter) {
    if (filter == null) {
      Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
      for (TopicPartition partition : partitions) {
        consumer.seek(partition, Math.max(beginnings.get(partition), ends.get(partition) - count));
      }
    } else {
      consumer.seekToBeginning(partitions);
    }
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(readToEnd());
    if (filter != null) {
      records.removeIf(filter.negate());
    }
    records.sort(Comparator.comparingLong((ConsumerRecord<String, byte[]> r) -> r.timestamp())
        .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
    return records.subList(Math.max(0, records.size() - count), records.size());
  }

  /** Hands on every record that arrives from here on, until {@code stop} says so or the thread is interrupted. */
  public void follow(Consumer<ConsumerRecord<String, byte[]>> each, BooleanSupplier stop) {
    try {
      while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
        consumer.poll(POLL).forEach(each);
      }
    } catch (org.apache.kafka.common.errors.InterruptException e) {
      Thread.currentThread().interrupt(); // asked to stop: keep the flag for the caller
    }
  }

  private List<ConsumerRecord<String, byte[]>> readToEnd() {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    long lastProgress = System.nanoTime();
    while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < ends.get(p))) {
      int before = records.size();
      consumer.poll(POLL).forEach(records::add);
      if (records.size() > before) {
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
        throw new IllegalStateException("reading " + partitions.get(0).topic() + " made no progress for "
            + BrokerProbe.seconds(timeout));
      }
    }
    return records;
  }

  @Override
  public void close() {
    consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
