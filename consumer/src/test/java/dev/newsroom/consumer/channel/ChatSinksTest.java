package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.Alerts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.Alert;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Slack and Teams messages as their incoming webhooks receive them, on a real loopback receiver. */
class ChatSinksTest {

  private static final Backoff FAST = new Backoff(3, Duration.ofMillis(5), Duration.ofMillis(20));
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldPostSlackBlockKitMessageWithEscapedTextAndSourceLinks() throws Exception {
    try (LoopbackReceiver slack = new LoopbackReceiver(200)) {
      Alert alert = Alert.newBuilder(Alerts.sample()).setEvidence("Ties <up> & more").build();

      new SlackSink("asia-slack", slack.uri(), FAST, Duration.ofSeconds(2), Clock.systemUTC()).deliver(alert);

      JsonNode message = JSON.readTree(slack.requests.get(0).body());
      assertThat(message.get("text").asText()).isEqualTo(
          "Upgrade JP–KH: strategic partnership → comprehensive strategic partnership [agreed] · source added");
      JsonNode blocks = message.get("blocks");
      assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
      assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
      assertThat(blocks.get(1).get("text").get("type").asText()).isEqualTo("mrkdwn");
      assertThat(blocks.get(2).get("text").get("text").asText()).isEqualTo("> Ties &lt;up&gt; &amp; more");
      assertThat(blocks.get(3).get("type").asText()).isEqualTo("context");
      assertThat(blocks.get(3).get("elements").get(0).get("text").asText())
          .isEqualTo("Sources: <https://m/1|Ministry (ministry)>, Daily (newspaper)");
      assertThat(slack.requests.get(0).headers().getFirst("Content-Type")).isEqualTo("application/json");
    }
  }

  @Test
  void shouldDeliverEveryMessageThroughTheSlackPacing() throws Exception {
    // The pacing itself (one message per interval) is MinimumIntervalTest's; timing a real server is flaky.
    try (LoopbackReceiver slack = new LoopbackReceiver(200)) {
      SlackSink sink = new SlackSink("asia-slack", slack.uri(), FAST, Duration.ofSeconds(2), Clock.systemUTC(),
          Duration.ofMillis(50));

      for (int i = 0; i < 3; i++) {
        sink.deliver(Alerts.sample());
      }

      assertThat(slack.requests).hasSize(3);
    }
  }

  @Test
  void shouldRetrySlackRateLimitAnswer() throws Exception {
    try (LoopbackReceiver slack = new LoopbackReceiver(429, 200)) {
      new SlackSink("asia-slack", slack.uri(), FAST, Duration.ofSeconds(2), Clock.systemUTC()).deliver(Alerts.sample());

      assertThat(slack.requests).hasSize(2);
    }
  }

  @Test
  void shouldPostTeamsAdaptiveCardForWorkflowsWebhook() throws Exception {
    try (LoopbackReceiver teams = new LoopbackReceiver(202)) {
      new TeamsSink("desk-teams", teams.uri(), FAST, Duration.ofSeconds(2), Clock.systemUTC()).deliver(Alerts.sample());

      JsonNode message = JSON.readTree(teams.requests.get(0).body());
      assertThat(message.get("type").asText()).isEqualTo("message");
      JsonNode attachment = message.get("attachments").get(0);
      assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
      JsonNode card = attachment.get("content");
      assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
      assertThat(card.get("version").asText()).isEqualTo("1.4");
      assertThat(card.get("body").get(0).get("text").asText()).isEqualTo("Upgrade JP–KH");
      assertThat(card.get("body").get(1).get("facts").get(3).get("value").asText()).isEqualTo("upg-0123456789abcdef-v2");
      assertThat(card.get("actions")).hasSize(1);
      assertThat(card.get("actions").get(0).get("url").asText()).isEqualTo("https://m/1");
      assertThat(teams.requests.get(0).headers().getFirst("ce-id")).isEqualTo("upg-0123456789abcdef-v2");
    }
  }
}
