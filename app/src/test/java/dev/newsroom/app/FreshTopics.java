package dev.newsroom.app;

import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Settings that point a command at the test broker with every topic (the public ones and delivery's) and the
 * consumer group under a fresh prefix, so that tests sharing the broker never read each other's records.
 */
final class FreshTopics {

  private FreshTopics() {}

  /** A new, mutable map: tests add their own settings to it. */
  static Map<String, String> on(KafkaBroker broker) {
    String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> settings = new HashMap<>();
    settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
    settings.put("kafka.consumer.group.id", prefix + "-desk");
    Topics.DEFAULT_NAMES.forEach((key, name) -> settings.put(key, prefix + "." + name));
    DeliveryTopics.DEFAULT_NAMES.forEach((key, name) -> settings.put(key, prefix + "." + name));
    return settings;
  }
}
