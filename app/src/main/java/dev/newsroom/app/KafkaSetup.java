package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.DeliveryTopicAdmin;
import dev.newsroom.app.kafka.TopicAdmin;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.SchemaRegistry;
import dev.newsroom.schemas.Topics;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What every Kafka command does first: make sure the schema registry answers, when one is set, and the topics
 * exist, as configured.
 */
final class KafkaSetup {

  private KafkaSetup() {}

  static List<String> ensureTopics(NewsroomConfig config) {
    checkSchemaRegistry(config);
    return TopicAdmin.ensure(config.kafka("admin"), config.topics(),
        config.positiveInt("newsroom.topic.partitions"),
        (short) config.positiveInt("newsroom.topic.replication.factor"), config.duration("newsroom.broker.timeout"));
  }

  /** One clear line at start-up, naming the URL, rather than a failure at the first record. */
  static void checkSchemaRegistry(NewsroomConfig config) {
    String url = config.get(Topics.SCHEMA_REGISTRY_URL);
    if (url.isEmpty()) {
      return;
    }
    try {
      new SchemaRegistry(url).check();
    } catch (SerializationException e) {
      throw new IllegalStateException(Topics.SCHEMA_REGISTRY_URL + ": " + e.getMessage(), e);
    }
  }

  /** The delivery topics (retry, parked, acknowledgements, feedback), as configured. */
  static DeliveryTopics deliveryTopics(NewsroomConfig config) {
    return DeliveryTopics.from(config.newsroomSettings());
  }

  static List<String> ensureDeliveryTopics(NewsroomConfig config) {
    return DeliveryTopicAdmin.ensure(config.kafka("admin"), deliveryTopics(config),
        config.positiveInt("newsroom.topic.partitions"),
        (short) config.positiveInt("newsroom.topic.replication.factor"));
  }
}
