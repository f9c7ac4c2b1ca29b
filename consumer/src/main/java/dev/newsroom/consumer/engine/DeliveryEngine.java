package dev.newsroom.consumer.engine;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.channel.AlertSink;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.schemas.TopicSpec;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one delivery loop: reads the alerts topic (and the retry topic, when failed tries wait on one), sends every
 * alert version to the channels its routes pick, each channel once, at least once, and hands each failed try to
 * its {@link Failures}.
 *
 * <p>Offsets are committed only after every record of a batch was delivered or safely written to the retry or
 * parked topic, so a crash repeats deliveries, never loses them; receivers drop repeats by the delivery id
 * ({@code <alertId>-v<version>}). A retry record whose time has not come pauses its partition, rewound to it, until
 * then; the records after it on that partition wait with it.
 */
public final class DeliveryEngine implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final Consumer<String, byte[]> consumer;
  private final TopicSpec<String, Alert> alerts;
  private final Optional<TopicSpec<String, PendingDelivery>> retry;
  private final Function<Alert, List<String>> router;
  private final Map<String, AlertSink> channels;
  private final Failures failures;
  private final Clock clock;
  private final DeliveryListener listener;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();

  /**
   * @param consumer with {@code enable.auto.commit=false}; the engine subscribes it and closes it
   * @param router the channels of an alert, by name, e.g. {@code desk::channelsFor}; each should be in
   *     {@code channels}
   */
  public DeliveryEngine(Consumer<String, byte[]> consumer, TopicSpec<String, Alert> alerts,
      Function<Alert, List<String>> router, Map<String, AlertSink> channels, Failures failures, Clock clock,
      DeliveryListener listener) {
    this.consumer = consumer;
    this.alerts = alerts;
    this.retry = failures.retryTopic();
    this.router = router;
    this.channels = Map.copyOf(channels);
    this.failures = failures;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Delivers until {@link #stop()}, or until nothing new arrived for {@code idleExit} and no retry is waiting.
   *
   * @param fromBeginning start the alerts topic from its first alert rather than the group's committed position
   * @param idleExit null to run until stopped
   * @return how many alert versions were read from the alerts topic
   * @throws DeliveryException when {@link Failures} gave up on a delivery; the batch stays uncommitted
   */
  public long run(boolean fromBeginning, Duration idleExit) throws DeliveryException {
    List<String> topics = new ArrayList<>(List.of(alerts.name()));
    retry.ifPresent(topic -> topics.add(topic.name()));
    consumer.subscribe(topics, new ConsumerRebalanceListener() {
      private boolean rewound;

      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        partitions.forEach(pausedUntil::remove);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (fromBeginning && !rewound) {
          consumer.seekToBeginning(partitions.stream().filter(p -> p.topic().equals(alerts.name())).toList());
          rewound = true;
        }
      }
    });
    long read = 0;
    Instant lastNews = clock.instant();
    try {
      while (!stopping.get()) {
        resumeDue();
        ConsumerRecords<String, byte[]> batch = consumer.poll(POLL);
        if (batch.isEmpty()) {
          if (idleExit != null && pausedUntil.isEmpty()
              && Duration.between(lastNews, clock.instant()).compareTo(idleExit) >= 0) {
            break;
          }
          continue;
        }
        read += deliver(batch);
        failures.flush();
        consumer.commitSync();
        lastNews = clock.instant();
      }
    } catch (WakeupException e) {
      if (!stopping.get()) {
        throw e;
      }
    }
    return read;
  }

  /** @return how many alert versions of the batch came from the alerts topic */
  private long deliver(ConsumerRecords<String, byte[]> batch) throws DeliveryException {
    long read = 0;
    Set<TopicPartition> held = new HashSet<>();
    for (ConsumerRecord<String, byte[]> record : batch) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      if (held.contains(partition)) {
        continue;
      }
      if (record.topic().equals(alerts.name())) {
        read += onAlert(record) ? 1 : 0;
      } else if (!onRetry(record, partition)) {
        held.add(partition);
      }
    }
    return read;
  }

  private boolean onAlert(ConsumerRecord<String, byte[]> record) throws DeliveryException {
    Alert alert = alerts.valueSerde().deserializer().deserialize(record.topic(), record.value());
    if (alert == null) {
      return false; // a tombstone on the compacted topic: nothing to push
    }
    listener.received(alert);
    for (String channel : router.apply(alert)) {
      attempt(channel, alert, record.value(), 1, null);
    }
    return true;
  }

  /** @return false when the record is not due: its partition is paused and rewound to it */
  private boolean onRetry(ConsumerRecord<String, byte[]> record, TopicPartition partition)
      throws DeliveryException {
    PendingDelivery pending = retry.orElseThrow().valueSerde().deserializer()
        .deserialize(record.topic(), record.value());
    if (pending == null) {
      return true;
    }
    Instant due = pending.getNextAttemptAt();
    if (due.isAfter(clock.instant())) {
      consumer.seek(partition, record.offset());
      consumer.pause(List.of(partition));
      pausedUntil.put(partition, due);
      return false;
    }
    ByteBuffer buffer = pending.getAlert().duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    Alert alert = alerts.valueSerde().deserializer().deserialize(alerts.name(), bytes);
    attempt(pending.getChannel(), alert, bytes, pending.getAttempt() + 1, pending.getFirstFailedAt());
    return true;
  }

  private void attempt(String channel, Alert alert, byte[] alertBytes, int attempt, Instant firstFailedAt)
      throws DeliveryException {
    AlertSink sink = channels.get(channel);
    FailedTry failedTry = new FailedTry(channel, alert, alertBytes, attempt,
        firstFailedAt == null ? clock.instant() : firstFailedAt);
    if (sink == null) {
      failures.gone(failedTry, "channel " + channel + " is not configured any more");
      return;
    }
    try {
      sink.deliver(alert);
      listener.delivered(channel, Duration.between(alert.getUpdatedAt(), clock.instant()));
      log.debug("delivered {} to {} (try {})", failedTry.deliveryId(), channel, attempt);
    } catch (DeliveryException | RuntimeException e) {
      failures.failed(failedTry, e);
    }
  }

  private void resumeDue() {
    Instant now = clock.instant();
    List<TopicPartition> due = pausedUntil.entrySet().stream()
        .filter(entry -> !entry.getValue().isAfter(now)).map(Map.Entry::getKey).toList();
    if (!due.isEmpty()) {
      due.forEach(pausedUntil::remove);
      consumer.resume(due);
    }
  }

  /** Asks {@link #run} to return; safe from another thread, e.g. a shutdown hook. */
  public void stop() {
    stopping.set(true);
    consumer.wakeup();
  }

  /** Closes the consumer, then the retry topics' producer, then every channel. */
  @Override
  public void close() {
    consumer.close();
    failures.close();
    channels.values().forEach(AlertSink::close);
  }
}
