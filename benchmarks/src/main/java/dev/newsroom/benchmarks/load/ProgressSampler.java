package dev.newsroom.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples, once a second, how much of the input topic an application has committed, to find the windows in
 * which it made no progress although input was waiting (a stalled rebalance, a restoring instance, a broker
 * down). A sample that cannot be taken counts as no progress.
 */
final class ProgressSampler implements AutoCloseable {

  /** A sample: when, input offsets committed so far, input offsets readable so far (last stable offsets). */
  record Sample(long atMillis, long committed, long published) {}

  private final Admin admin;
  private final String groupId;
  private final String topic;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private long lastEnd;

  ProgressSampler(String bootstrap, String groupId, String topic) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    this.admin = Admin.create(props);
    this.groupId = groupId;
    this.topic = topic;
    this.thread = new Thread(this::sample, "progress-" + groupId);
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    long last = 0;
    while (running) {
      long started = System.currentTimeMillis();
      long publishedNow = lastEnd;
      try {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
        last = offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
            .mapToLong(e -> e.getValue().offset()).sum();
        Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS).get(topic).partitions()
            .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        publishedNow = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
            .get(3, TimeUnit.SECONDS).values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        lastEnd = publishedNow;
      } catch (Exception unavailable) {
        // the broker is down or the group coordinator moving: no progress seen in this second
      }
      synchronized (this) {
        samples.add(new Sample(started, last, publishedNow));
      }
      long rest = 1000 - (System.currentTimeMillis() - started);
      if (rest > 0 && running) {
        try {
          Thread.sleep(rest);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  /**
   * The longest time, in ms, between two advances of the committed input while input was waiting; the
   * committed figure counts offsets, so a record counts once it and everything before it is done.
   */
  synchronized long longestStallMillis() {
    long longest = 0;
    Long stalledSince = null;
    long previous = -1;
    for (Sample sample : samples) {
      boolean advanced = sample.committed() > previous;
      previous = Math.max(previous, sample.committed());
      boolean waiting = sample.committed() < sample.published();
      if (advanced || !waiting) {
        if (stalledSince != null) {
          longest = Math.max(longest, sample.atMillis() - stalledSince);
        }
        stalledSince = waiting ? sample.atMillis() : null;
      } else if (stalledSince == null) {
        stalledSince = sample.atMillis();
      }
    }
    if (stalledSince != null && !samples.isEmpty()) {
      longest = Math.max(longest, samples.get(samples.size() - 1).atMillis() - stalledSince);
    }
    return longest;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    admin.close();
  }
}
