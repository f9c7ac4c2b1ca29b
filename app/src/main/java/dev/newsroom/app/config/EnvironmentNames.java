package dev.newsroom.app.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps environment variables to settings: {@code NEWSROOM_DEDUP_RETENTION} to {@code newsroom.dedup.retention},
 * {@code KAFKA_BOOTSTRAP_SERVERS} to {@code kafka.bootstrap.servers}, {@code KAFKA_PRODUCER_LINGER_MS} to
 * {@code kafka.producer.linger.ms}. A single {@code _} becomes {@code .}, a double {@code __} a literal
 * {@code _}. Variables without either prefix are ignored.
 */
final class EnvironmentNames {

  /**
   * Variables that steer other things than settings: ours (logback's levels, the launcher, the tests) and those
   * Kafka's own scripts and images use for the JVM, which a shell or container may well have exported.
   */
  static final Set<String> NOT_SETTINGS = Set.of(
      "NEWSROOM_LOG_LEVEL", "NEWSROOM_KAFKA_LOG_LEVEL", "NEWSROOM_JAVA_OPTS", "NEWSROOM_TEST_BROKER",
      "KAFKA_HOME", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS",
      "KAFKA_JMX_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_DEBUG", "KAFKA_VERSION", "KAFKA_LOG_DIR");

  private EnvironmentNames() {}

  static Map<String, String> settingsFrom(Map<String, String> environment) {
    Map<String, String> settings = new TreeMap<>();
    environment.forEach((name, value) -> {
      if ((name.startsWith("NEWSROOM_") || name.startsWith("KAFKA_")) && !NOT_SETTINGS.contains(name)) {
        settings.put(toKey(name), value);
      }
    });
    return settings;
  }

  static String toKey(String name) {
    return name.toLowerCase(Locale.ROOT).replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
  }
}
