package dev.newsroom.producer.ingest;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the compacted ingest state topic when it is missing; an existing one is left as it is. */
public final class StateTopic {

  private static final Logger log = LoggerFactory.getLogger(StateTopic.class);

  private StateTopic() {}

  /** @return whether this call created it */
  public static boolean ensure(Properties adminProperties, String name, int partitions, short replication) {
    try (Admin admin = Admin.create(adminProperties)) {
      if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(name)) {
        return false;
      }
      NewTopic topic = new NewTopic(name, partitions, replication)
          .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      try {
        admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof TopicExistsException) {
          return false;
        }
        throw e;
      }
      log.info("created ingest state topic {}", name);
      return true;
    } catch (TimeoutException e) {
      throw new IllegalStateException("no Kafka broker answered at "
          + adminProperties.getProperty("bootstrap.servers") + " within 30 s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + name, e);
    }
  }
}
