package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.TopicAdmin;
import java.util.List;

/** What every Kafka command does first: make sure the topics exist, as configured. */
final class KafkaSetup {

  private KafkaSetup() {}

  static List<String> ensureTopics(NewsroomConfig config) {
    return TopicAdmin.ensure(config.kafka("admin"), config.topics(),
        config.positiveInt("newsroom.topic.partitions"),
        (short) config.positiveInt("newsroom.topic.replication.factor"), config.duration("newsroom.broker.timeout"));
  }
}
