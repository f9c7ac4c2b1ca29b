package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.DeliveryTopicAdmin;
import dev.newsroom.app.kafka.TopicAdmin;
import dev.newsroom.consumer.DeliveryTopics;
import java.util.List;

/** What every Kafka command does first: make sure the topics exist, as configured. */
final class KafkaSetup {

  private KafkaSetup() {}

  static List<String> ensureTopics(NewsroomConfig config) {
    return TopicAdmin.ensure(config.kafka("admin"), config.topics(),
        config.positiveInt("newsroom.topic.partitions"),
        (short) config.positiveInt("newsroom.topic.replication.factor"), config.duration("newsroom.broker.timeout"));
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
