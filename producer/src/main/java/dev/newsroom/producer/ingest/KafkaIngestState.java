package dev.newsroom.producer.ingest;

import dev.newsroom.schemas.read.TopicReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest state in a compacted topic keyed by {@code sourceId/itemKey}: read whole at start (with {@link TopicReader},
 * to the end offsets of every partition), then written through, each put waiting for the broker's
 * acknowledgement. One ingester per state topic.
 */
public final class KafkaIngestState implements IngestState, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaIngestState.class);

  private final Map<String, String> values = new ConcurrentHashMap<>();
  private final Producer<String, String> producer;
  private final String topic;

  public KafkaIngestState(Properties producerProperties, Properties consumerProperties, String topic) {
    this.topic = topic;
    load(consumerProperties);
    this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new StringSerializer());
  }

  private void load(Properties consumerProperties) {
    try (TopicReader<String, String> reader = TopicReader.open(consumerProperties, new StringDeserializer(),
        new StringDeserializer(), Duration.ofMinutes(2), List.of(topic)).fromBeginning()) {
      reader.readToEnd(record -> {
        if (record.value() == null) {
          values.remove(record.key());
        } else {
          values.put(record.key(), record.value());
        }
      });
    }
    log.info("loaded {} ingest state entries from {}", values.size(), topic);
  }

  @Override
  public String get(String sourceId, String key) {
    return values.get(IngestState.key(sourceId, key));
  }

  @Override
  public void put(String sourceId, String key, String value) {
    String stateKey = IngestState.key(sourceId, key);
    try {
      producer.send(new ProducerRecord<>(topic, stateKey, value)).get(60, TimeUnit.SECONDS);
      values.put(stateKey, value);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot store ingest state " + stateKey + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing ingest state " + stateKey, e);
    }
  }

  public int size() {
    return values.size();
  }

  @Override
  public void close() {
    producer.close();
  }
}
