package dev.newsroom.consumer;

import dev.newsroom.avro.Alert;
import dev.newsroom.schemas.TopicSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alerts topic and hands every alert to every sink, committing a batch's offsets only after all
 * of it was delivered: a crash or a failed delivery means the alerts are delivered again, never lost.
 */
public final class AlertConsumer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AlertConsumer.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, Alert> consumer;
  private final TopicSpec<String, Alert> topic;
  private final List<AlertSink> sinks;
  private final Clock clock;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /**
   * @param consumerProperties must have {@code enable.auto.commit=false}; the caller's configuration holds it
   */
  public AlertConsumer(Properties consumerProperties, TopicSpec<String, Alert> topic, List<AlertSink> sinks,
      Clock clock) {
    this.consumer = new KafkaConsumer<>(consumerProperties, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer());
    this.topic = topic;
    this.sinks = List.copyOf(sinks);
    this.clock = clock;
  }

  /**
   * Delivers alerts until {@link #stop()} or until nothing new arrived for {@code idleExit}.
   *
   * @param fromBeginning start from the topic's first alert rather than the group's committed position
   * @param idleExit null to run until stopped
   * @return how many alert versions were delivered
   * @throws DeliveryException when a sink gave up; offsets of undelivered alerts stay uncommitted
   */
  public long run(boolean fromBeginning, Duration idleExit) throws DeliveryException {
    consumer.subscribe(List.of(topic.name()), new ConsumerRebalanceListener() {
      private boolean rewound;

      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (fromBeginning && !rewound) {
          consumer.seekToBeginning(partitions);
          rewound = true;
        }
      }
    });
    long delivered = 0;
    Instant lastNews = clock.instant();
    try {
      while (!stopping.get()) {
        ConsumerRecords<String, Alert> batch = consumer.poll(POLL);
        if (batch.isEmpty()) {
          if (idleExit != null && Duration.between(lastNews, clock.instant()).compareTo(idleExit) >= 0) {
            break;
          }
          continue;
        }
        for (ConsumerRecord<String, Alert> record : batch) {
          if (record.value() == null) {
            continue; // a tombstone on the compacted topic: nothing to push
          }
          for (AlertSink sink : sinks) {
            sink.deliver(record.value());
          }
          delivered++;
          log.debug("delivered alert {} v{}", record.key(), record.value().getVersion());
        }
        consumer.commitSync();
        lastNews = clock.instant();
      }
    } catch (WakeupException e) {
      if (!stopping.get()) {
        throw e;
      }
    }
    return delivered;
  }

  /** Asks {@link #run} to return; safe from another thread, e.g. a shutdown hook. */
  public void stop() {
    stopping.set(true);
    consumer.wakeup();
  }

  @Override
  public void close() {
    consumer.close();
    sinks.forEach(AlertSink::close);
  }
}
