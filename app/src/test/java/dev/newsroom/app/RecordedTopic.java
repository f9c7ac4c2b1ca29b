package dev.newsroom.app;

import dev.newsroom.schemas.read.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A whole topic from the beginning (committed records only), kept as it arrives, for assertions. */
final class RecordedTopic<V> implements AutoCloseable {

  private final TopicReader<String, V> reader;
  private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

  RecordedTopic(String bootstrapServers, String topic, Deserializer<V> values) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    reader = TopicReader.open(props, new StringDeserializer(), values, Duration.ofSeconds(60), List.of(topic))
        .fromBeginning();
  }

  /** Everything on the topic so far: what was read before, and the rest up to its end now. */
  synchronized List<ConsumerRecord<String, V>> records() {
    reader.readToEnd(records::add);
    return List.copyOf(records);
  }

  List<V> values() {
    return records().stream().map(ConsumerRecord::value).toList();
  }

  @Override
  public void close() {
    reader.close();
  }
}
