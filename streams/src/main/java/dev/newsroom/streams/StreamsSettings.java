package dev.newsroom.streams;

import dev.newsroom.schemas.Topics;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What {@code newsroom streams} runs with, checked when built: the topics, the topology's settings, the Kafka
 * Streams properties, the HTTP server (null when {@code newsroom.http.enabled=false}) and the instance's stable
 * name (empty for none).
 */
public record StreamsSettings(Topics topics, PipelineSettings pipeline, Properties kafka, Http http,
    String instanceName) {

  /**
   * The instance's HTTP server (ledger, health, metrics).
   *
   * @param port 0 picks a free one
   * @param advertisedHost the host the other instances reach this one at (never a wildcard)
   */
  public record Http(String host, int port, String advertisedHost) {

    public Http {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(advertisedHost, "advertisedHost");
    }
  }

  public StreamsSettings {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(pipeline, "pipeline");
    Properties copy = new Properties();
    copy.putAll(Objects.requireNonNull(kafka, "kafka"));
    kafka = copy;
    instanceName = instanceName == null ? "" : instanceName;
    if (!instanceName.isEmpty() && !instanceName.matches("[a-zA-Z0-9._-]{1,200}")) {
      // Worded as the app's ConfigException words it, for the one line a bad setting gets.
      throw new IllegalArgumentException("configuration: newsroom.streams.instance.name must be letters, digits, "
          + "'.', '_' or '-' (at most 200), got '" + instanceName + "'");
    }
  }

  /** A dynamic member leaves the group when it stops; a static one (named) stays, to take its tasks back. */
  public boolean leaveGroupOnClose() {
    return instanceName.isEmpty();
  }

  /**
   * The properties the client gets once the HTTP server has its port: a named instance is a static member (Kafka
   * Streams adds the thread number to the name), and the advertised address goes into {@code application.server}
   * unless that was set explicitly.
   *
   * @param httpPort the port the HTTP server bound, ignored without one
   */
  public Properties clientProperties(int httpPort) {
    Properties properties = new Properties();
    properties.putAll(kafka);
    if (!instanceName.isEmpty()) {
      // Static membership: a restarted instance takes its tasks back without a rebalance.
      properties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceName);
    }
    if (http != null) {
      properties.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, http.advertisedHost() + ":" + httpPort);
    }
    return properties;
  }
}
