package dev.newsroom.app.kafka;

import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import java.util.List;
import java.util.Properties;

/**
 * Creates routed delivery's own topics when they are missing (as {@link TopicAdmin} does for the public ones):
 * the retry topic, kept a week (longer than any retry schedule), and the parked topic, kept 90 days for an
 * operator to inspect and replay, and the compacted acknowledgements topic of the live desk page.
 */
public final class DeliveryTopicAdmin {

  private DeliveryTopicAdmin() {}

  /** @return the names of the topics this call created */
  public static List<String> ensure(Properties adminProperties, DeliveryTopics topics, int partitions,
      short replication) {
    return TopicAdmin.ensure(adminProperties, topics.all(), TopicSpec::topicConfig, partitions, replication);
  }
}
