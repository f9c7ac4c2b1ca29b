package dev.newsroom.consumer;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.schemas.TopicSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers alerts to the channels a router picks for each, at least once to every channel, without letting a
 * failing channel hold back the others.
 *
 * <p>It reads the alerts topic and the retry topic. Each alert is tried once on each of its channels (a try
 * includes the channel's own short retries). When a try fails, the alert goes to the retry topic for that
 * channel alone, with the attempt count and the time of the next try (exponential backoff with jitter); when the
 * last try fails, or the channel refused it for good (a 4xx, {@code 410 Gone}), it goes to the parked topic with
 * the reason. A retry record whose time has not come pauses its partition until then. Offsets are committed
 * only after every record of a batch was delivered or safely written to the retry or parked topic, so a crash
 * repeats deliveries, never loses them; receivers drop repeats by the delivery id
 * ({@code <alertId>-v<version>}, the {@code webhook-id}). Records it writes carry CloudEvents {@code ce_*}
 * headers.
 */
public final class RoutedAlertConsumer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RoutedAlertConsumer.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final String AVRO = "application/avro";

  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> producer;
  private final TopicSpec<String, Alert> alerts;
  private final DeliveryTopics topics;
  private final Function<Alert, List<String>> router;
  private final Map<String, AlertSink> channels;
  private final Backoff retries;
  private final Clock clock;
  private final DeliveryListener listener;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Map<TopicPartition, Instant> pausedUntil = new HashMap<>();
  private final List<Future<RecordMetadata>> sent = new ArrayList<>();

  /**
   * @param consumerProperties must have {@code enable.auto.commit=false}
   * @param producerProperties for the retry and parked topics (acks=all, idempotent)
   * @param router the channels of an alert, by name; each must be in {@code channels}
   * @param retries {@code maxAttempts} is the number of tries per channel before the alert is parked
   */
  public RoutedAlertConsumer(Properties consumerProperties, Properties producerProperties,
      TopicSpec<String, Alert> alerts, DeliveryTopics topics, Function<Alert, List<String>> router,
      Map<String, AlertSink> channels, Backoff retries, Clock clock, DeliveryListener listener) {
    this.consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer());
    this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
    this.alerts = alerts;
    this.topics = topics;
    this.router = router;
    this.channels = Map.copyOf(channels);
    this.retries = retries;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Delivers until {@link #stop()}, or until nothing new arrived for {@code idleExit} and no retry is waiting.
   *
   * @param fromBeginning start the alerts topic from its first alert rather than the group's committed position
   * @return how many alert versions were read from the alerts topic
   */
  public long run(boolean fromBeginning, Duration idleExit) {
    consumer.subscribe(List.of(alerts.name(), topics.retry().name()), new ConsumerRebalanceListener() {
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
        awaitSent();
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

  private boolean onAlert(ConsumerRecord<String, byte[]> record) {
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
  private boolean onRetry(ConsumerRecord<String, byte[]> record, TopicPartition partition) {
    PendingDelivery pending = topics.retry().valueSerde().deserializer().deserialize(record.topic(), record.value());
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
    java.nio.ByteBuffer buffer = pending.getAlert().duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    Alert alert = alerts.valueSerde().deserializer().deserialize(alerts.name(), bytes);
    attempt(pending.getChannel(), alert, bytes, pending.getAttempt() + 1, pending.getFirstFailedAt());
    return true;
  }

  private void attempt(String channel, Alert alert, byte[] alertBytes, int attempt, Instant firstFailedAt) {
    String id = WebhookSink.webhookId(alert);
    AlertSink sink = channels.get(channel);
    Instant failedSince = firstFailedAt == null ? clock.instant() : firstFailedAt;
    if (sink == null) {
      park(channel, alert, alertBytes, attempt - 1, failedSince, "channel " + channel + " is not configured any more");
      return;
    }
    try {
      sink.deliver(alert);
      listener.delivered(channel, Duration.between(alert.getUpdatedAt(), clock.instant()));
      log.debug("delivered {} to {} (try {})", id, channel, attempt);
    } catch (DeliveryException | RuntimeException e) {
      boolean permanent = e instanceof DeliveryException d && d.permanent();
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      if (permanent || attempt >= retries.maxAttempts()) {
        park(channel, alert, alertBytes, attempt, failedSince, reason);
      } else {
        Instant next = clock.instant().plus(retries.delayBefore(attempt));
        PendingDelivery pending = new PendingDelivery(id, channel, attempt, next, failedSince, reason,
            java.nio.ByteBuffer.wrap(alertBytes));
        send(topics.retry(), DeliveryTopics.key(id, channel), pending,
            AlertCloudEvent.of(alert).as(id + "/" + channel + "/" + attempt, "dev.newsroom.alert.delivery.retry"));
        listener.retried(channel, attempt);
        log.warn("{} failed for {} (try {}/{}), next try at {}: {}", channel, id, attempt, retries.maxAttempts(),
            next, reason);
      }
    }
  }

  private void park(String channel, Alert alert, byte[] alertBytes, int attempts, Instant failedSince,
      String reason) {
    String id = WebhookSink.webhookId(alert);
    ParkedDelivery parked = new ParkedDelivery(id, channel, attempts, reason, failedSince, clock.instant(),
        java.nio.ByteBuffer.wrap(alertBytes));
    send(topics.parked(), DeliveryTopics.key(id, channel), parked,
        AlertCloudEvent.of(alert).as(id + "/" + channel + "/parked", "dev.newsroom.alert.delivery.parked"));
    listener.parked(channel);
    log.error("parked {} for {} after {} tries: {}", id, channel, attempts, reason);
  }

  private <V> void send(TopicSpec<String, V> topic, String key, V value, AlertCloudEvent event) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key,
        topic.valueSerde().serializer().serialize(topic.name(), value));
    event.addTo(record.headers(), AVRO);
    sent.add(producer.send(record));
  }

  /** Every retry and parked record of the batch is on the broker before the batch's offsets are committed. */
  private void awaitSent() {
    try {
      for (Future<RecordMetadata> future : sent) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot write to the retry or parked topic: " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing to the retry or parked topic", e);
    } finally {
      sent.clear();
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

  @Override
  public void close() {
    consumer.close();
    producer.close();
    channels.values().forEach(AlertSink::close);
  }
}
