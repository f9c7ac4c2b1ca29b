package dev.newsroom.app.config;

import dev.newsroom.consumer.Backoff;
import dev.newsroom.producer.ingest.DurationText;
import dev.newsroom.schemas.Topics;
import dev.newsroom.streams.PipelineSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Newsroom's configuration, in layers where a later one wins: the defaults shipped in
 * {@code newsroom-defaults.properties}, a properties file ({@code --config}), the environment
 * ({@code NEWSROOM_*} and {@code KAFKA_*}) and command-line flags. Mistakes fail at start-up with the key
 * and the reason, not later in a stream thread.
 */
public final class NewsroomConfig {

  static final String DEFAULTS_RESOURCE = "/newsroom-defaults.properties";
  private static final Set<String> CLIENTS = Set.of("producer", "consumer", "streams", "admin");

  private final Map<String, String> values;

  private NewsroomConfig(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Loads every layer.
   *
   * @param file a properties file, or null
   * @param environment usually {@code System.getenv()}
   * @param flags settings given on the command line, highest precedence
   */
  public static NewsroomConfig load(Path file, Map<String, String> environment, Map<String, String> flags) {
    Map<String, String> values = new TreeMap<>(defaults());
    Set<String> known = Set.copyOf(values.keySet());
    if (file != null) {
      values.putAll(readFile(file));
    }
    values.putAll(EnvironmentNames.settingsFrom(environment));
    values.putAll(flags);
    NewsroomConfig config = new NewsroomConfig(values);
    config.validate(known);
    return config;
  }

  public static NewsroomConfig defaultsOnly() {
    return load(null, Map.of(), Map.of());
  }

  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new ConfigException(key, "is not set");
    }
    return value.strip();
  }

  public int positiveInt(String key) {
    try {
      int value = Integer.parseInt(get(key));
      if (value < 1) {
        throw new ConfigException(key, "must be at least 1, got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be a whole number, got '" + get(key) + "'");
    }
  }

  /** A TCP port, 0 meaning any free one. */
  public int port(String key) {
    try {
      int value = Integer.parseInt(get(key));
      if (value < 0 || value > 65535) {
        throw new ConfigException(key, "must be a port from 0 to 65535, got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be a port number, got '" + get(key) + "'");
    }
  }

  public double fraction(String key) {
    try {
      double value = Double.parseDouble(get(key));
      if (!(value > 0 && value <= 1)) {
        throw new ConfigException(key, "must be in (0, 1], got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "must be a number such as 0.4, got '" + get(key) + "'");
    }
  }

  public Duration duration(String key) {
    try {
      return DurationText.parse(get(key));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key, e.getMessage());
    }
  }

  public Topics topics() {
    return Topics.from(newsroomSettings());
  }

  public PipelineSettings pipeline() {
    return PipelineSettings.of(duration("newsroom.dedup.retention"), duration("newsroom.alerts.window"),
            fraction("newsroom.dedup.near.threshold"))
        .withDedupTiming(duration("newsroom.dedup.grace"), duration("newsroom.dedup.idle.timeout"))
        .withPartitions(positiveInt("newsroom.topic.partitions"))
        .withAlertLifecycle(duration("newsroom.alerts.lifecycle"));
  }

  public Backoff webhookBackoff() {
    return new Backoff(positiveInt("newsroom.webhook.attempts"), Duration.ofMillis(500), Duration.ofSeconds(30));
  }

  /** Every {@code newsroom.*} setting. */
  public Map<String, String> newsroomSettings() {
    Map<String, String> settings = new TreeMap<>();
    values.forEach((key, value) -> {
      if (key.startsWith("newsroom.")) {
        settings.put(key, value);
      }
    });
    return settings;
  }

  /** Kafka properties for one client: the shared {@code kafka.*} ones overlaid with {@code kafka.<client>.*}. */
  public Properties kafka(String client) {
    if (!CLIENTS.contains(client)) {
      throw new IllegalArgumentException("unknown Kafka client " + client);
    }
    Properties shared = new Properties();
    Properties specific = new Properties();
    values.forEach((key, value) -> {
      if (!key.startsWith("kafka.")) {
        return;
      }
      String rest = key.substring("kafka.".length());
      int dot = rest.indexOf('.');
      String head = dot < 0 ? rest : rest.substring(0, dot);
      if (CLIENTS.contains(head)) {
        if (head.equals(client)) {
          specific.put(rest.substring(dot + 1), value);
        }
      } else {
        shared.put(rest, value);
      }
    });
    shared.putAll(specific);
    return shared;
  }

  /** A copy with more settings on top, for values a command decides (e.g. a demo's state directory). */
  public NewsroomConfig with(Map<String, String> overrides) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.putAll(overrides);
    return new NewsroomConfig(copy);
  }

  private void validate(Set<String> known) {
    for (String key : values.keySet()) {
      if (key.startsWith("newsroom.") && !known.contains(key)) {
        throw new ConfigException(key, "is not a Newsroom setting; known settings: "
            + known.stream().filter(k -> k.startsWith("newsroom.")).sorted().toList());
      }
      if (!key.startsWith("newsroom.") && !key.startsWith("kafka.")) {
        throw new ConfigException(key, "must start with 'newsroom.' or 'kafka.'");
      }
    }
    get("kafka.bootstrap.servers");
    positiveInt("newsroom.topic.partitions");
    positiveInt("newsroom.topic.replication.factor");
    positiveInt("newsroom.webhook.attempts");
    duration("newsroom.dedup.retention");
    duration("newsroom.dedup.grace");
    duration("newsroom.dedup.idle.timeout");
    duration("newsroom.alerts.window");
    duration("newsroom.alerts.lifecycle");
    duration("newsroom.webhook.timeout");
    duration("newsroom.broker.timeout");
    port("newsroom.http.port");
    if (!Set.of("true", "false").contains(get("newsroom.http.enabled"))) {
      throw new ConfigException("newsroom.http.enabled", "must be true or false");
    }
    try {
      topics();
      pipeline();
    } catch (IllegalArgumentException e) {
      throw e instanceof ConfigException ? e : new ConfigException(e.getMessage());
    }
    if (!"false".equals(values.get("kafka.consumer.enable.auto.commit"))) {
      throw new ConfigException("kafka.consumer.enable.auto.commit",
          "must stay false: alerts are committed only after delivery");
    }
  }

  private static Map<String, String> defaults() {
    try (InputStream in = NewsroomConfig.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
      }
      Properties props = new Properties();
      props.load(in);
      return toMap(props);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
    }
  }

  private static Map<String, String> readFile(Path file) {
    try (Reader in = Files.newBufferedReader(file)) {
      Properties props = new Properties();
      props.load(in);
      return toMap(props);
    } catch (NoSuchFileException e) {
      throw new ConfigException("--config", "file " + file + " does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("--config", "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Map<String, String> toMap(Properties props) {
    Map<String, String> map = new TreeMap<>();
    props.stringPropertyNames().forEach(name -> map.put(name, props.getProperty(name)));
    return map;
  }
}
