package dev.newsroom.app.kafka;

import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates routed delivery's own topics when they are missing (as {@link TopicAdmin} does for the public ones):
 * the retry topic, kept a week (longer than any retry schedule), and the parked topic, kept 90 days for an
 * operator to inspect and replay, and the compacted acknowledgements topic of the live desk page.
 */
public final class DeliveryTopicAdmin {

  private static final Logger log = LoggerFactory.getLogger(DeliveryTopicAdmin.class);
  static final Duration RETRY_RETENTION = Duration.ofDays(7);
  static final Duration PARKED_RETENTION = Duration.ofDays(90);

  private DeliveryTopicAdmin() {}

  /** @return the names of the topics this call created */
  public static List<String> ensure(Properties adminProperties, DeliveryTopics topics, int partitions,
      short replication) {
    try (Admin admin = Admin.create(adminProperties)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (TopicSpec<?, ?> topic : topics.all()) {
        if (!existing.contains(topic.name())) {
          Duration retention = topic == topics.retry() ? RETRY_RETENTION : PARKED_RETENTION;
          missing.add(new NewTopic(topic.name(), partitions, replication).configs(topic.compacted()
              ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
              : Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))));
        }
      }
      for (var result : admin.createTopics(missing).values().entrySet()) {
        try {
          result.getValue().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
            throw e;
          }
        }
      }
      if (!missing.isEmpty()) {
        log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
      }
      return missing.stream().map(NewTopic::name).toList();
    } catch (TimeoutException e) {
      throw new IllegalStateException("no Kafka broker answered at "
          + adminProperties.getProperty("bootstrap.servers") + " within 30 s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
