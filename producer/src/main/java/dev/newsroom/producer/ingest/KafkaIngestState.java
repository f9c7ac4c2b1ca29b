package dev.newsroom.producer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest state in a compacted topic keyed by {@code sourceId/itemKey}: read whole at start (from the beginning
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
    Properties props = new Properties();
    props.putAll(consumerProperties);
    props.remove("group.id");
    props.put("enable.auto.commit", "false");
    try (KafkaConsumer<String, String> consumer =
             new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("cannot read ingest state topic " + topic + " to its end in 2 minutes");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() == null) {
            values.remove(record.key());
          } else {
            values.put(record.key(), record.value());
          }
        }
      }
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
