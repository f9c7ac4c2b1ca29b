package dev.newsroom.benchmarks.load;

import dev.newsroom.app.kafka.TopicAdmin;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Creates a run's topics up front (as an operator would), with the partitioning and settings the app uses. */
final class RunTopics {

  static final int PARTITIONS = 3;

  private RunTopics() {}

  static void create(String bootstrap, TopicNames names) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    TopicAdmin.ensure(props, names.topics(), PARTITIONS, (short) 1, java.time.Duration.ofSeconds(60));
  }

  static void createPlain(String bootstrap, String topic) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    TopicAdmin.ensure(props, List.of(new dev.newsroom.schemas.TopicSpec<>(topic, null, null, false)),
        spec -> Map.of(), PARTITIONS, (short) 1);
  }
}
