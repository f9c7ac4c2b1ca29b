package dev.newsroom.consumer.engine;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.channel.AlertSink;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A delivery engine on Kafka's MockConsumer and MockProducer, with a clock that moves only when told. */
final class EngineHarness {

  static final Topics TOPICS = Topics.defaults();
  static final DeliveryTopics DELIVERY = DeliveryTopics.from(Map.of());
  static final TopicPartition ALERTS = new TopicPartition(TOPICS.alerts().name(), 0);
  static final TopicPartition RETRY = new TopicPartition(DELIVERY.retry().name(), 0);
  static final Duration RETRY_DELAY = Duration.ofSeconds(10);

  final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
  final MockProducer<String, byte[]> producer;
  final TestClock clock = new TestClock(Instant.parse("2026-01-05T09:00:00Z"));
  final Map<String, Channel> channels = new HashMap<>();
  final List<String> events = new ArrayList<>();
  private long alertOffset;
  private long retryOffset;

  EngineHarness() {
    this(true);
  }

  EngineHarness(boolean autoComplete) {
    producer = new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
    consumer.updateBeginningOffsets(Map.of(ALERTS, 0L, RETRY, 0L));
  }

  /** What happens on the broker before the next poll returns; the first also assigns the partitions. */
  void beforePoll(Runnable arrivals) {
    consumer.schedulePollTask(() -> {
      if (consumer.assignment().isEmpty()) {
        consumer.rebalance(consumer.subscription().contains(RETRY.topic()) ? List.of(ALERTS, RETRY) : List.of(ALERTS));
      }
      arrivals.run();
    });
  }

  /** Runs until the first poll that returns nothing while no retry waits. */
  long runUntilIdle(DeliveryEngine engine) throws DeliveryException {
    return engine.run(false, Duration.ZERO);
  }

  Channel channel(String name) {
    return channels.computeIfAbsent(name, Channel::new);
  }

  /** An engine whose failed tries go to the retry topic, parked after {@code maxAttempts}. */
  DeliveryEngine withRetryTopics(int maxAttempts, List<String> route) {
    return engine(new RetryTopics(producer, DELIVERY, maxAttempts, attempt -> RETRY_DELAY, clock, listener()),
        route);
  }

  DeliveryEngine stoppingOnFailure(List<String> route) {
    return engine(new StopOnFailure(), route);
  }

  private DeliveryEngine engine(Failures failures, List<String> route) {
    route.forEach(this::channel);
    Map<String, AlertSink> sinks = new HashMap<>(channels);
    return new DeliveryEngine(consumer, TOPICS.alerts(), alert -> route, sinks, failures, clock, listener());
  }

  void alertArrives(Alert alert) {
    consumer.addRecord(new ConsumerRecord<>(ALERTS.topic(), 0, alertOffset++, alert.getAlertId(),
        TOPICS.alerts().valueSerde().serializer().serialize(ALERTS.topic(), alert)));
  }

  void tombstoneArrives(String key) {
    consumer.addRecord(new ConsumerRecord<>(ALERTS.topic(), 0, alertOffset++, key, null));
  }

  /** The same retry record again at the offset it was first read from. */
  void retryAgain(Alert alert, String channel, int attempt, Instant due) {
    retryOffset--;
    retryArrives(alert, channel, attempt, due);
  }

  void retryArrives(Alert alert, String channel, int attempt, Instant due) {
    byte[] bytes = TOPICS.alerts().valueSerde().serializer().serialize(ALERTS.topic(), alert);
    PendingDelivery pending = new PendingDelivery(alert.getAlertId() + "-v" + alert.getVersion(), channel, attempt,
        due, clock.instant().minusSeconds(60), "earlier failure", ByteBuffer.wrap(bytes));
    consumer.addRecord(new ConsumerRecord<>(RETRY.topic(), 0, retryOffset++, pending.getDeliveryId(),
        DELIVERY.retry().valueSerde().serializer().serialize(RETRY.topic(), pending)));
  }

  /** The committed offset of a partition, or null when nothing was committed. */
  Long committed(TopicPartition partition) {
    OffsetAndMetadata offset = consumer.committed(Set.of(partition)).get(partition);
    return offset == null ? null : offset.offset();
  }

  List<ProducerRecord<String, byte[]>> written(String topic) {
    return producer.history().stream().filter(record -> record.topic().equals(topic)).toList();
  }

  PendingDelivery retried(ProducerRecord<String, byte[]> record) {
    return DELIVERY.retry().valueSerde().deserializer().deserialize(record.topic(), record.value());
  }

  ParkedDelivery parked(ProducerRecord<String, byte[]> record) {
    return DELIVERY.parked().valueSerde().deserializer().deserialize(record.topic(), record.value());
  }

  private DeliveryListener listener() {
    return new DeliveryListener() {
      @Override
      public void delivered(String channel, Duration sinceUpdate) {
        events.add("delivered " + channel);
      }

      @Override
      public void retried(String channel, int attempt) {
        events.add("retried " + channel + " " + attempt);
      }

      @Override
      public void parked(String channel) {
        events.add("parked " + channel);
      }
    };
  }

  /** A channel that records what it was given and fails as told. */
  final class Channel implements AlertSink {
    final String name;
    final List<String> delivered = new ArrayList<>();
    DeliveryException failure;
    Runnable onDeliver = () -> {};

    Channel(String name) {
      this.name = name;
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
      onDeliver.run();
      if (failure != null) {
        throw failure;
      }
      delivered.add(alert.getAlertId() + "-v" + alert.getVersion());
    }
  }

  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
