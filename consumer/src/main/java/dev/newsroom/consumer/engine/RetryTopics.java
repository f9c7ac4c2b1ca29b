package dev.newsroom.consumer.engine;

import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.consumer.channel.Backoff;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failed try goes to the retry topic for that channel alone, with the attempt count and the time of the next try;
 * when the last try fails, or the channel refused it for good (a 4xx, {@code 410 Gone}), it goes to the parked topic
 * with the reason. Records carry CloudEvents {@code ce_*} headers and are keyed {@code <deliveryId>/<channel>}.
 */
public final class RetryTopics implements Failures {

  private static final Logger log = LoggerFactory.getLogger(RetryTopics.class);
  private static final String AVRO = "application/avro";

  private final Producer<String, byte[]> producer;
  private final DeliveryTopics topics;
  private final int maxAttempts;
  private final IntFunction<Duration> delayBefore;
  private final Clock clock;
  private final DeliveryListener listener;
  private final List<Future<RecordMetadata>> sent = new ArrayList<>();

  /** @param schedule {@code maxAttempts} is the number of tries per channel before the alert is parked */
  public RetryTopics(Producer<String, byte[]> producer, DeliveryTopics topics, Backoff schedule, Clock clock,
      DeliveryListener listener) {
    this(producer, topics, schedule.maxAttempts(), schedule::delayBefore, clock, listener);
  }

  /** @param delayBefore the wait before retry number n (1 = the first retry); a fixed one in tests */
  public RetryTopics(Producer<String, byte[]> producer, DeliveryTopics topics, int maxAttempts,
      IntFunction<Duration> delayBefore, Clock clock, DeliveryListener listener) {
    this.producer = producer;
    this.topics = topics;
    this.maxAttempts = maxAttempts;
    this.delayBefore = delayBefore;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public void failed(FailedTry failedTry, Exception failure) {
    boolean permanent = failure instanceof DeliveryException d && d.permanent();
    String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    if (permanent || failedTry.attempt() >= maxAttempts) {
      park(failedTry, failedTry.attempt(), reason);
      return;
    }
    String id = failedTry.deliveryId();
    String channel = failedTry.channel();
    int attempt = failedTry.attempt();
    Instant next = clock.instant().plus(delayBefore.apply(attempt));
    PendingDelivery pending = new PendingDelivery(id, channel, attempt, next, failedTry.failedSince(), reason,
        ByteBuffer.wrap(failedTry.alertBytes()));
    send(topics.retry(), DeliveryTopics.key(id, channel), pending,
        AlertCloudEvent.of(failedTry.alert()).as(id + "/" + channel + "/" + attempt,
            "dev.newsroom.alert.delivery.retry"));
    listener.retried(channel, attempt);
    log.warn("{} failed for {} (try {}/{}), next try at {}: {}", channel, id, attempt, maxAttempts, next, reason);
  }

  @Override
  public void gone(FailedTry failedTry, String reason) {
    park(failedTry, failedTry.attempt() - 1, reason);
  }

  private void park(FailedTry failedTry, int attempts, String reason) {
    String id = failedTry.deliveryId();
    String channel = failedTry.channel();
    ParkedDelivery parked = new ParkedDelivery(id, channel, attempts, reason, failedTry.failedSince(),
        clock.instant(), ByteBuffer.wrap(failedTry.alertBytes()));
    send(topics.parked(), DeliveryTopics.key(id, channel), parked,
        AlertCloudEvent.of(failedTry.alert()).as(id + "/" + channel + "/parked", "dev.newsroom.alert.delivery.parked"));
    listener.parked(channel);
    log.error("parked {} for {} after {} tries: {}", id, channel, attempts, reason);
  }

  private <V> void send(TopicSpec<String, V> topic, String key, V value, AlertCloudEvent event) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key,
        topic.valueSerde().serializer().serialize(topic.name(), value));
    event.addTo(record.headers(), AVRO);
    sent.add(producer.send(record));
  }

  @Override
  public Optional<TopicSpec<String, PendingDelivery>> retryTopic() {
    return Optional.of(topics.retry());
  }

  /** Every retry and parked record of the batch is on the broker before the batch's offsets are committed. */
  @Override
  public void flush() {
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

  @Override
  public void close() {
    producer.close();
  }
}
