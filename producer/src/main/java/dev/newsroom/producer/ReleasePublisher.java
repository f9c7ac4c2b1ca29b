package dev.newsroom.producer;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.schemas.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes releases to the raw topic, keyed by release id, and waits for the broker's acknowledgement of
 * each, so that a reported success means the release is stored. The producer settings (idempotence,
 * {@code acks=all}) come from the caller's configuration.
 */
public final class ReleasePublisher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReleasePublisher.class);

  private final Producer<String, RawRelease> producer;
  private final String topic;

  public ReleasePublisher(Properties producerProperties, TopicSpec<String, RawRelease> topic) {
    this(new KafkaProducer<>(producerProperties, topic.keySerde().serializer(), topic.valueSerde().serializer()),
        topic.name());
  }

  ReleasePublisher(Producer<String, RawRelease> producer, String topic) {
    this.producer = producer;
    this.topic = topic;
  }

  /** Sends every item that was read and reports, per item, whether the broker stored it. */
  public List<PublishOutcome> publish(List<ReadItem> items) {
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    for (ReadItem item : items) {
      sends.add(item.isOk() ? send(item.release()) : null);
    }
    producer.flush();
    List<PublishOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      outcomes.add(outcome(items.get(i), sends.get(i)));
    }
    return outcomes;
  }

  /** A value the serializer cannot write (a schema registry that stopped answering) fails this release alone. */
  private Future<RecordMetadata> send(RawRelease release) {
    try {
      return producer.send(record(release));
    } catch (SerializationException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The record of a release, stamped with the time it was received: deduplication orders releases by record
   * time, so it must be the release's own time, not whenever the send happened to run.
   */
  private ProducerRecord<String, RawRelease> record(RawRelease release) {
    Long time = release.getReceivedAt() == null ? null : release.getReceivedAt().toEpochMilli();
    return new ProducerRecord<>(topic, null, time, release.getId(), release);
  }

  private static PublishOutcome outcome(ReadItem item, Future<RecordMetadata> send) {
    if (send == null) {
      return PublishOutcome.failed(item.location(), null, item.error());
    }
    try {
      RecordMetadata stored = send.get();
      log.debug("published {} to {}-{}@{}", item.release().getId(), stored.topic(), stored.partition(),
          stored.offset());
      return PublishOutcome.published(item.location(), item.release().getId());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SerializationException cannotEncode) {
        return PublishOutcome.failed(item.location(), item.release().getId(),
            "cannot encode it: " + cannotEncode.getMessage());
      }
      return PublishOutcome.failed(item.location(), item.release().getId(), "Kafka refused it: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return PublishOutcome.failed(item.location(), item.release().getId(), "interrupted before acknowledgement");
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
