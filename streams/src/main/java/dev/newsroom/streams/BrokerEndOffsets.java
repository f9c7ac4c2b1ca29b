package dev.newsroom.streams;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the raw topic's end offsets (read-committed) every second on a thread of its own, so that a processor
 * only ever reads the latest answer and never waits for the broker. While the broker does not answer, the last
 * answer stands (a stale end offset only makes a partition look caught up later, or, if records came since,
 * earlier by at most a second, which the grace covers).
 */
final class BrokerEndOffsets implements RawEndOffsets, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BrokerEndOffsets.class);
  private static final Duration EVERY = Duration.ofSeconds(1);
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

  private final Admin admin;
  private final String topic;
  private final ScheduledExecutorService thread;
  private volatile Map<Integer, Long> latest = Map.of();
  private volatile boolean warned;

  BrokerEndOffsets(Properties streamsProperties, String topic) {
    StreamsConfig config = new StreamsConfig(streamsProperties);
    this.admin = Admin.create(config.getAdminConfigs(config.getString(StreamsConfig.APPLICATION_ID_CONFIG)
        + "-raw-end-offsets"));
    this.topic = topic;
    this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread t = new Thread(task, "newsroom-raw-end-offsets");
      t.setDaemon(true);
      return t;
    });
    thread.scheduleWithFixedDelay(this::refresh, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public Map<Integer, Long> latest() {
    return latest;
  }

  private void refresh() {
    try {
      int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
          .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().size();
      Map<TopicPartition, OffsetSpec> wanted = new java.util.HashMap<>();
      for (int p = 0; p < partitions; p++) {
        wanted.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      latest = admin.listOffsets(wanted, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
          .get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
          .collect(Collectors.toUnmodifiableMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
      warned = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      if (!warned) {
        warned = true;
        log.warn("could not read the end offsets of {} (the watermark falls back to the idle timeout): {}", topic,
            e.toString());
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
    admin.close(Duration.ofSeconds(5));
  }
}
