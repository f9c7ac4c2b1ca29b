package dev.newsroom.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.producer.ingest.DurationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsroomConfigTest {

  @TempDir
  Path dir;

  @Test
  void shouldShipSafeDefaults() {
    NewsroomConfig config = NewsroomConfig.defaultsOnly();

    assertThat(config.kafka("producer")).containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
        .containsEntry("bootstrap.servers", "localhost:9092");
    assertThat(config.kafka("streams")).containsEntry("processing.guarantee", "exactly_once_v2")
        .containsKeys("deserialization.exception.handler", "processing.exception.handler",
            "production.exception.handler");
    assertThat(config.kafka("consumer")).containsEntry("enable.auto.commit", "false")
        .containsEntry("isolation.level", "read_committed");
    assertThat(config.pipeline().dedupRetention()).isEqualTo(Duration.ofDays(30));
    assertThat(config.topics().rawReleases().name()).isEqualTo("newsroom.releases.raw");
  }

  @Test
  void shouldKeepClientSpecificSettingsToTheirClient() {
    Properties producer = NewsroomConfig.defaultsOnly().kafka("producer");

    assertThat(producer).doesNotContainKey("processing.guarantee").doesNotContainKey("group.id")
        .doesNotContainKey("producer.acks");
  }

  @Test
  void shouldLetFileOverrideDefaultsEnvironmentOverrideFileAndFlagsOverrideAll() throws IOException {
    Path file = dir.resolve("newsroom.properties");
    Files.writeString(file, """
        newsroom.alerts.window=7d
        newsroom.dedup.retention=10d
        kafka.bootstrap.servers=file:9092
        kafka.producer.linger.ms=5
        """);
    Map<String, String> env = Map.of(
        "NEWSROOM_DEDUP_RETENTION", "12h",
        "KAFKA_BOOTSTRAP_SERVERS", "env:9092",
        "KAFKA_PRODUCER_LINGER_MS", "20",
        "NEWSROOM_LOG_LEVEL", "DEBUG",
        "PATH", "/usr/bin");
    Map<String, String> flags = Map.of("kafka.bootstrap.servers", "flag:9092");

    NewsroomConfig config = NewsroomConfig.load(file, env, flags);

    assertThat(config.pipeline().alertWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(config.pipeline().dedupRetention()).isEqualTo(Duration.ofHours(12));
    assertThat(config.kafka("producer")).containsEntry("linger.ms", "20")
        .containsEntry("bootstrap.servers", "flag:9092");
  }

  @Test
  void shouldMapEnvironmentNamesToKeys() {
    assertThat(EnvironmentNames.toKey("KAFKA_STREAMS_NUM_STANDBY_REPLICAS")).isEqualTo("kafka.streams.num.standby.replicas");
    assertThat(EnvironmentNames.toKey("KAFKA_SASL__MECHANISM")).isEqualTo("kafka.sasl_mechanism");
  }

  @Test
  void shouldRefuseAMisspeltKafkaSettingAndSuggestTheRightOne() {
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of("KAFKA_PRODUCER_LINGR_MS", "5"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("kafka.producer.lingr.ms")
        .hasMessageContaining("did you mean 'kafka.producer.linger.ms'?");
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("kafka.streams.comit.interval.ms", "50")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("did you mean 'kafka.streams.commit.interval.ms'?");
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("kafka.bootstrap.server", "h:9092")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("did you mean 'kafka.bootstrap.servers'?");
  }

  @Test
  void shouldAcceptKafkaSettingsOfEveryClientAndStreamsPrefixes() {
    NewsroomConfig config = NewsroomConfig.load(null, Map.of("KAFKA_HOME", "/opt/kafka", "KAFKA_HEAP_OPTS", "-Xmx1g"),
        Map.of("kafka.streams.main.consumer.max.poll.records", "100", "kafka.streams.topic.min.insync.replicas", "2",
            "kafka.admin.request.timeout.ms", "5000", "kafka.security.protocol", "SSL",
            "kafka.streams.max.poll.records", "200"));

    assertThat(config.kafka("streams")).containsEntry("main.consumer.max.poll.records", "100")
        .containsEntry("max.poll.records", "200");
    assertThat(config.kafka("admin")).containsEntry("request.timeout.ms", "5000");
  }

  @Test
  void shouldFailFastOnUnknownNewsroomSetting() {
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of("NEWSROOM_DEDUP_RETENTOIN", "1d"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("newsroom.dedup.retentoin is not a Newsroom setting")
        .hasMessageContaining("newsroom.dedup.retention");
  }

  @Test
  void shouldKeepEventsOpenForTheirLifecycleAndRefuseOneShorterThanTheWindow() {
    assertThat(NewsroomConfig.load(null, Map.of(), Map.of()).pipeline().alertLifecycle()).isEqualTo(Duration.ofDays(730));
    assertThat(NewsroomConfig.load(null, Map.of("NEWSROOM_ALERTS_LIFECYCLE", "400d"), Map.of()).pipeline()
        .alertLifecycle()).isEqualTo(Duration.ofDays(400));
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("newsroom.alerts.lifecycle", "7d")))
        .hasMessageContaining("newsroom.alerts.lifecycle").hasMessageContaining("at least newsroom.alerts.window");
  }

  @Test
  void shouldFailFastOnBadDurationAndNumber() {
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("newsroom.alerts.window", "soon")))
        .hasMessageContaining("newsroom.alerts.window").hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("newsroom.topic.partitions", "0")))
        .hasMessageContaining("newsroom.topic.partitions must be at least 1");
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("newsroom.topic.raw", "no spaces")))
        .hasMessageContaining("newsroom.topic.raw");
  }

  @Test
  void shouldKnowTheSchemaRegistrySettingOffByDefaultAndRefuseANonHttpUrl() {
    assertThat(NewsroomConfig.defaultsOnly().get("newsroom.schema.registry.url")).isEmpty();
    assertThat(NewsroomConfig.load(null, Map.of("NEWSROOM_SCHEMA_REGISTRY_URL", "http://127.0.0.1:8081"), Map.of())
        .get("newsroom.schema.registry.url")).isEqualTo("http://127.0.0.1:8081");
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of(), Map.of("newsroom.schema.registry.url", "registry")))
        .hasMessageContaining("newsroom.schema.registry.url").hasMessageContaining("not an http:// or https:// URL");
  }

  @Test
  void shouldRefuseAutoCommitForAlerts() {
    assertThatThrownBy(() -> NewsroomConfig.load(null, Map.of("KAFKA_CONSUMER_ENABLE_AUTO_COMMIT", "true"), Map.of()))
        .hasMessageContaining("kafka.consumer.enable.auto.commit must stay false");
  }

  @Test
  void shouldNameMissingConfigFile() {
    assertThatThrownBy(() -> NewsroomConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()))
        .hasMessageContaining("nope.properties does not exist");
  }

  @Test
  void shouldParseHumanAndIsoDurations() {
    assertThat(DurationText.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(DurationText.parse("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(DurationText.parse("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> DurationText.parse("0s")).hasMessageContaining("must be positive");
  }

  @Test
  void shouldAcceptEverySecretVariableTheReadmeNamesWhenItIsExported() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\b\\w+_env:\\s*([A-Z][A-Z0-9_]*)").matcher(readme);
    java.util.List<String> variables = new java.util.ArrayList<>();
    while (names.find()) {
      variables.add(names.group(1));
    }

    assertThat(variables).isNotEmpty();
    for (String variable : variables) {
      assertThat(NewsroomConfig.load(null, Map.of(variable, "whsec_or_token_0123456789abcdef"), Map.of()))
          .as("with %s exported", variable).isNotNull();
    }
  }
}
