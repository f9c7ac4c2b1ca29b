package dev.newsroom.schemas.read;

import dev.newsroom.schemas.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads topics outside any consumer group: every partition is assigned (no rebalance, nothing committed, no one
 * else's position moves) and only committed records are read ({@code read_committed}). Two ways to read: whole,
 * up to the end offsets as of the call, then return ({@link #readToEnd}); or follow, handing on every batch until
 * closed ({@link #follow}, {@link #followInBackground}). Position it first with {@link #fromBeginning} or
 * {@link #fromLatest}; a follow after a read goes on where the read stopped.
 *
 * <p>One thread reads at a time; {@link #close} may come from any thread and stops a follow.
 */
public final class TopicReader<K, V> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicReader.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final org.apache.kafka.clients.consumer.Consumer<K, V> consumer;
  private final List<TopicPartition> partitions;
  private final Duration timeout;
  private final String name;
  /** Held around every poll and by close, so that the consumer is never closed under a poll of another thread. */
  private final Object polling = new Object();
  private volatile boolean closed;
  private Thread follower;

  /**
   * Reads the topics through {@code consumer}, which it owns from here on (closes it).
   *
   * @param timeout how long to wait for metadata, and for progress while reading to the end
   * @throws IllegalStateException if a topic does not exist
   */
  public TopicReader(org.apache.kafka.clients.consumer.Consumer<K, V> consumer, Collection<String> topics,
      Duration timeout) {
    this.consumer = consumer;
    this.timeout = timeout;
    this.name = String.join(", ", topics);
    List<TopicPartition> assigned = new ArrayList<>();
    try {
      for (String topic : topics) {
        partitionsOf(topic).forEach(info -> assigned.add(new TopicPartition(topic, info.partition())));
      }
      consumer.assign(assigned);
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
    this.partitions = List.copyOf(assigned);
  }

  /**
   * A topic created a moment ago may not be known to the broker asked yet (its metadata spreads to every broker
   * in turn), so an unknown topic is asked for again until the timeout.
   */
  private List<PartitionInfo> partitionsOf(String topic) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
      if (infos != null && !infos.isEmpty()) {
        return infos;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topic " + topic + " does not exist");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptException(e);
      }
    }
  }

  /** A reader of one topic with its own serdes; {@code consumerProperties} as for {@link #open(Properties, Deserializer, Deserializer, Duration, Collection)}. */
  public static <K, V> TopicReader<K, V> open(Properties consumerProperties, TopicSpec<K, V> topic, Duration timeout) {
    return open(consumerProperties, topic.keySerde().deserializer(), topic.valueSerde().deserializer(), timeout,
        List.of(topic.name()));
  }

  /**
   * @param consumerProperties Newsroom's consumer settings: the group and its commits are dropped, read_committed
   *     is set, and a missing topic is not created
   */
  public static <K, V> TopicReader<K, V> open(Properties consumerProperties, Deserializer<K> keys,
      Deserializer<V> values, Duration timeout, Collection<String> topics) {
    Properties properties = new Properties();
    properties.putAll(consumerProperties);
    properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    return new TopicReader<>(new KafkaConsumer<>(properties, keys, values), topics, timeout);
  }

  /** Starts every partition at its first record. */
  public TopicReader<K, V> fromBeginning() {
    consumer.seekToBeginning(partitions);
    return this;
  }

  /** Starts every partition at its latest {@code perPartition} offsets (all of them where it has fewer). */
  public TopicReader<K, V> fromLatest(long perPartition) {
    seekToLatest(perPartition);
    return this;
  }

  /**
   * As {@link #fromLatest}, and tells which partitions hold more than {@code perPartition} offsets, so had earlier
   * records left out (offsets are not records one for one: transaction markers take offsets too).
   */
  public Set<TopicPartition> seekToLatest(long perPartition) {
    Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    Set<TopicPartition> cut = new HashSet<>();
    for (TopicPartition partition : partitions) {
      long start = Math.max(beginnings.get(partition), ends.get(partition) - perPartition);
      if (start > beginnings.get(partition)) {
        cut.add(partition);
      }
      consumer.seek(partition, start);
    }
    return cut;
  }

  /** Every record up to the end offsets as of this call. */
  public List<ConsumerRecord<K, V>> readToEnd() {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    readToEnd(records::add);
    return records;
  }

  /**
   * Hands on every record up to the end offsets as of this call, each partition in offset order (records written
   * meanwhile may come too, in the last batch), then returns how many it handed on.
   *
   * @throws TopicReadTimeout if the position stopped moving for the reader's timeout before the end
   */
  public long readToEnd(Consumer<ConsumerRecord<K, V>> each) {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    long count = 0;
    long behind = behind(ends);
    long lastProgress = System.nanoTime();
    while (behind > 0) {
      for (ConsumerRecord<K, V> record : poll()) {
        each.accept(record);
        count++;
      }
      long now = behind(ends);
      if (now < behind) {
        behind = now;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > timeout.toNanos()) {
        throw new TopicReadTimeout(name, timeout, behind);
      }
    }
    return count;
  }

  /**
   * Hands on every batch from the current position on, until closed (from another thread or the callback) or the
   * thread is interrupted: a request to stop, answered by returning normally, the interrupt consumed so that
   * closing still works.
   */
  public void follow(Consumer<ConsumerRecords<K, V>> eachBatch) {
    followUntil(() -> false, eachBatch);
  }

  /** As {@link #follow}, returning also once {@code done} says so (asked before every poll). */
  public void followUntil(BooleanSupplier done, Consumer<ConsumerRecords<K, V>> eachBatch) {
    try {
      while (!closed && !done.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
        ConsumerRecords<K, V> batch = poll();
        if (!batch.isEmpty()) {
          eachBatch.accept(batch);
        }
      }
    } catch (WakeupException e) {
      if (!closed) {
        throw e;
      }
    } catch (InterruptException e) {
      // asked to stop
    }
    Thread.interrupted();
  }

  /**
   * Follows on a daemon thread of its own until {@link #close}; a failure there is logged and ends the following.
   */
  public TopicReader<K, V> followInBackground(String threadName, Consumer<ConsumerRecords<K, V>> eachBatch) {
    Thread thread = new Thread(() -> {
      try {
        follow(eachBatch);
      } catch (RuntimeException e) {
        log.error("stopped following {}", name, e);
      }
    }, threadName);
    thread.setDaemon(true);
    synchronized (this) {
      follower = thread;
    }
    thread.start();
    return this;
  }

  private ConsumerRecords<K, V> poll() {
    synchronized (polling) {
      if (closed) {
        return ConsumerRecords.empty();
      }
      return consumer.poll(POLL);
    }
  }

  /** How many offsets the assigned partitions are short of {@code ends}. */
  private long behind(Map<TopicPartition, Long> ends) {
    long behind = 0;
    for (TopicPartition partition : partitions) {
      behind += Math.max(0, ends.get(partition) - consumer.position(partition, timeout));
    }
    return behind;
  }

  /** Stops a follow (waiting for a background one to end) and closes the consumer; later calls do nothing. */
  @Override
  public void close() {
    Thread thread;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      thread = follower;
    }
    consumer.wakeup();
    synchronized (polling) {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Reading to the end stopped making progress. */
  public static final class TopicReadTimeout extends IllegalStateException {
    TopicReadTimeout(String topics, Duration timeout, long behind) {
      super("could not read " + topics + " to its end: no progress for " + (timeout.toMillis() % 1000 == 0
          ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms") + ", " + behind + " offset"
          + (behind == 1 ? "" : "s") + " short");
    }
  }
}
