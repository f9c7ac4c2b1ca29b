package dev.newsroom.app.kafka;

import dev.newsroom.schemas.read.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic as it is now, for the commands that show one: from the beginning, or its latest records, then optionally
 * what arrives after, read with {@link TopicReader} (no group, committed records only). Values stay bytes so that
 * the caller decodes them and can report a record it cannot read instead of stopping.
 */
public final class TopicScan implements AutoCloseable {

  /** Records of several partitions in the order they were written, as near as timestamps tell. */
  public static final Comparator<ConsumerRecord<String, byte[]>> BY_TIME =
      Comparator.comparingLong((ConsumerRecord<String, byte[]> r) -> r.timestamp())
          .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset);

  private final TopicReader<String, byte[]> reader;

  /**
   * @param consumerProperties Newsroom's consumer settings; the group is dropped, only committed records are read
   * @param timeout how long to wait for the end of the topic without making progress
   * @throws IllegalStateException if the topic does not exist
   */
  public TopicScan(Properties consumerProperties, String topic, Duration timeout) {
    this.reader = TopicReader.open(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer(), timeout,
        List.of(topic));
  }

  /** Every record on the topic now, partition by partition (each in offset order). */
  public List<ConsumerRecord<String, byte[]>> fromBeginning() {
    return reader.fromBeginning().readToEnd();
  }

  /**
   * The latest {@code count} records on the topic now, oldest first (by timestamp across partitions).
   * With a {@code filter}, the latest {@code count} that match, which means reading the whole topic.
   */
  public List<ConsumerRecord<String, byte[]>> latest(int count, Predicate<ConsumerRecord<String, byte[]>> filter) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(filter == null ? latestOfEach(count) : fromBeginning());
    if (filter != null) {
      records.removeIf(filter.negate());
    }
    records.sort(BY_TIME);
    return records.subList(Math.max(0, records.size() - count), records.size());
  }

  /**
   * At least the latest {@code count} records of every partition (all it has if fewer). Offsets are not records
   * one for one (transaction markers take offsets too), so the window widens until it holds enough.
   */
  private List<ConsumerRecord<String, byte[]>> latestOfEach(int count) {
    for (long window = count; ; window *= 4) {
      Set<TopicPartition> cut = reader.seekToLatest(window);
      List<ConsumerRecord<String, byte[]>> records = reader.readToEnd();
      boolean enough = cut.stream().allMatch(partition ->
          records.stream().filter(r -> r.partition() == partition.partition()).count() >= count);
      if (enough) {
        return records;
      }
    }
  }

  /**
   * Hands on every record that arrives from here on, until {@code stop} says so or the thread is interrupted
   * (a request to stop, answered by returning normally).
   */
  public void follow(Consumer<ConsumerRecord<String, byte[]>> each, BooleanSupplier stop) {
    reader.followUntil(stop, batch -> batch.forEach(each));
  }

  @Override
  public void close() {
    reader.close();
  }
}
