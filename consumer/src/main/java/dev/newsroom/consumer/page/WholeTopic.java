package dev.newsroom.consumer.page;

import dev.newsroom.schemas.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** A consumer of every partition of one topic from its beginning (or its latest records): no group, nothing committed. */
final class WholeTopic {

  private WholeTopic() {}

  static <V> KafkaConsumer<String, V> fromBeginning(Properties consumerProperties, TopicSpec<String, V> topic) {
    return from(consumerProperties, topic, -1);
  }

  /**
   * @param recent how many of the latest records of each partition to start with; negative for all of them (from
   *     the beginning)
   */
  static <V> KafkaConsumer<String, V> from(Properties consumerProperties, TopicSpec<String, V> topic, long recent) {
    Properties props = new Properties();
    props.putAll(consumerProperties);
    props.remove("group.id");
    props.put("enable.auto.commit", "false");
    KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    if (recent >= 0) {
      Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
      consumer.endOffsets(partitions).forEach((partition, end) ->
          consumer.seek(partition, Math.max(begins.get(partition), end - recent)));
    }
    return consumer;
  }
}
