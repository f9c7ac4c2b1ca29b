package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.schemas.config.ConfigFileException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

  static final String EXAMPLE = """
      http:
        user_agent: "NewsroomIngest/0.1 (+https://desk.example/about)"
        timeout: 20s
        max_body_bytes: 5000000
        per_host_interval: 2s
      backoff: {initial: 30s, max: 30m}
      push:
        port: 8080
        token: "0123456789abcdef-secret"
        max_body_bytes: 1048576
      feeds:
        - id: mfa-kh
          url: https://www.mfaic.gov.kh/feed
          interval: 15m
          source: MFA Cambodia
          kind: ministry
        - id: mofa-jp
          url: https://www.mofa.go.jp/rss/press.xml
      folders:
        - id: inbox
          path: /srv/newsroom/inbox
          kind: embassy
      """;

  @Test
  void shouldReadTheDocumentedExample() {
    IngestConfig config = IngestConfig.parse(EXAMPLE, "sources.yaml");

    assertThat(config.push().port()).isEqualTo(8080);
    assertThat(config.push().maxBodyBytes()).isEqualTo(1_048_576L);
    assertThat(config.feeds()).hasSize(2);
    assertThat(config.feeds().get(0).interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.feeds().get(1).interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.feeds().get(1).source()).isEqualTo("mofa-jp");
    assertThat(config.http().perHostInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.http().allowPrivateAddresses()).isFalse();
    assertThat(config.folders().get(0).folder()).hasToString("/srv/newsroom/inbox");
    assertThat(config.push().toString()).doesNotContain("secret");
  }

  @Test
  void shouldFailWithTheReasonForInvalidConfig() {
    assertThatThrownBy(() -> IngestConfig.parse("feeds:\n  - id: x\n    url: ftp://x/feed\n", "s.yaml"))
        .hasMessageContaining("s.yaml").hasMessageContaining("must be http or https");
    assertThatThrownBy(() -> IngestConfig.parse("feeds:\n  - id: x\n    url: https://x/\n    intervall: 5m\n", "s.yaml"))
        .hasMessageContaining("intervall");
    assertThatThrownBy(() -> IngestConfig.parse("feeds:\n  - id: x\n    url: https://x/\n    interval: soon\n", "s.yaml"))
        .hasMessageContaining("'soon' is not a duration");
    assertThatThrownBy(() -> IngestConfig.parse("push:\n  port: 8080\n", "s.yaml"))
        .hasMessageContaining("push.token");
    assertThatThrownBy(() -> IngestConfig.parse("push:\n  port: 8080\n  token: short\n", "s.yaml"))
        .hasMessageContaining("at least 16");
    assertThatThrownBy(() -> IngestConfig.parse("{}", "s.yaml")).hasMessageContaining("no sources");
    assertThatThrownBy(() -> IngestConfig.parse("feeds: [\n", "s.yaml")).hasMessageContaining("s.yaml");
    assertThatThrownBy(() -> IngestConfig.parse(
        "feeds:\n  - {id: a, url: 'https://x/'}\n  - {id: a, url: 'https://y/'}\n", "s.yaml"))
        .hasMessageContaining("used twice");
  }

  @Test
  void shouldGiveTheLineAndTheMeantKeyOfATypoWithoutJacksonInternals() {
    assertThatThrownBy(() -> IngestConfig.parse("feeds:\n  - id: x\n    url: https://x/\n    intervall: 5m\n", "s.yaml"))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage("s.yaml:4: feeds[0]: unknown key 'intervall' (did you mean 'interval'?)");
    assertThatThrownBy(() -> IngestConfig.parse("push:\n  port: eighty\n  token: \"0123456789abcdef-secret\"\n",
        "s.yaml"))
        .hasMessage("s.yaml:2: push.port: 'eighty' is not a whole number");
    assertThatThrownBy(() -> IngestConfig.parse("feeds:\n  id: x\n", "s.yaml"))
        .hasMessage("s.yaml:2: feeds: must be a list");
  }

  @Test
  void shouldRefuseTokenEnvInTheSettingsNamespace() {
    assertThatThrownBy(() -> IngestConfig.parse("push:\n  port: 8080\n  token_env: NEWSROOM_PUSH_TOKEN\n", "s.yaml"))
        .hasMessageContaining("push.token_env NEWSROOM_PUSH_TOKEN must not start with NEWSROOM_ or KAFKA_");
    assertThatThrownBy(() -> IngestConfig.parse("push:\n  port: 8080\n  token_env: KAFKA_TOKEN\n", "s.yaml"))
        .hasMessageContaining("must not start with NEWSROOM_ or KAFKA_");
  }

  @Test
  void shouldBindPushEndpointToLoopbackUnlessHostIsGiven() {
    String push = "push:\n  port: 8080\n  token: \"0123456789abcdef-secret\"\n";

    assertThat(IngestConfig.parse(push, "s.yaml").push().host()).isEqualTo("127.0.0.1");
    assertThat(IngestConfig.parse(push + "  host: 0.0.0.0\n", "s.yaml").push().host()).isEqualTo("0.0.0.0");
  }
}
