package dev.newsroom.app.config;

import dev.newsroom.schemas.config.ClosestName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Checks {@code kafka.*} settings against the names Kafka's own clients define, so that a misspelt property
 * ({@code kafka.producer.lingr.ms}) stops the command at start-up with a suggestion, instead of being ignored by
 * a client that merely logs it among "unused" configurations.
 */
final class KafkaSettingNames {

  private static final Set<String> PRODUCER = ProducerConfig.configNames();
  private static final Set<String> CONSUMER = ConsumerConfig.configNames();
  private static final Set<String> ADMIN = AdminClientConfig.configNames();
  private static final Set<String> STREAMS = StreamsConfig.configDef().names();
  private static final Map<String, Set<String>> CLIENTS = Map.of(
      "producer", PRODUCER, "consumer", CONSUMER, "admin", ADMIN, "streams", union(STREAMS, PRODUCER, CONSUMER,
          ADMIN));
  /** Kafka Streams passes {@code <prefix>name} to the client the prefix names. */
  private static final Map<String, Set<String>> STREAMS_PREFIXES = Map.of(
      StreamsConfig.PRODUCER_PREFIX, PRODUCER,
      StreamsConfig.CONSUMER_PREFIX, CONSUMER,
      StreamsConfig.MAIN_CONSUMER_PREFIX, CONSUMER,
      StreamsConfig.RESTORE_CONSUMER_PREFIX, CONSUMER,
      StreamsConfig.GLOBAL_CONSUMER_PREFIX, CONSUMER,
      StreamsConfig.ADMIN_CLIENT_PREFIX, ADMIN);
  private static final Set<String> ANY_CLIENT = union(PRODUCER, CONSUMER, ADMIN, STREAMS);

  private KafkaSettingNames() {}

  /** Throws {@link ConfigException} naming the key and the closest known one when Kafka has no such setting. */
  static void check(String key) {
    String rest = key.substring("kafka.".length());
    int dot = rest.indexOf('.');
    String head = dot < 0 ? rest : rest.substring(0, dot);
    Set<String> names = CLIENTS.get(head);
    if (names == null) {
      if (!ANY_CLIENT.contains(rest)) {
        fail(key, "kafka.", rest, ANY_CLIENT, "no Kafka client has a setting '" + rest + "'");
      }
      return;
    }
    String name = dot < 0 ? "" : rest.substring(dot + 1);
    if (names.contains(name) || (head.equals("streams") && knownWithStreamsPrefix(name))) {
      return;
    }
    fail(key, "kafka." + head + ".", name, names, "the Kafka " + head + " client has no setting '" + name + "'");
  }

  private static boolean knownWithStreamsPrefix(String name) {
    if (name.startsWith(StreamsConfig.TOPIC_PREFIX)) {
      return true; // internal topics' configuration, checked by the broker
    }
    return STREAMS_PREFIXES.entrySet().stream()
        .anyMatch(prefix -> name.startsWith(prefix.getKey())
            && prefix.getValue().contains(name.substring(prefix.getKey().length())));
  }

  private static void fail(String key, String prefix, String name, Set<String> names, String reason) {
    throw new ConfigException(key, reason + ClosestName.to(name, names).map(known -> "; did you mean '" + prefix
        + known + "'?").orElse(" (see the Kafka client's configuration reference)"));
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    List.of(sets).forEach(all::addAll);
    return Set.copyOf(all);
  }
}
