package dev.newsroom.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP receiver on loopback. */
class WebhookSinkTest {

  private static final Backoff FAST = new Backoff(4, Duration.ofMillis(5), Duration.ofMillis(20));
  private final List<String> ids = new CopyOnWriteArrayList<>();
  private final List<com.sun.net.httpserver.Headers> headers = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private URI receiver(int... statuses) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", exchange -> {
      ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
      headers.add(exchange.getRequestHeaders());
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      int call = calls.getAndIncrement();
      int status = statuses[Math.min(call, statuses.length - 1)];
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void shouldRetryServerErrorsWithSameWebhookIdUntilDelivered() throws Exception {
    WebhookSink sink = new WebhookSink(receiver(503, 500, 429, 204), FAST, Duration.ofSeconds(2));

    sink.deliver(Alerts.sample());

    assertThat(ids).hasSize(4).containsOnly("upg-0123456789abcdef-v2");
    assertThat(bodies.get(3)).contains("\"alert_id\":\"upg-0123456789abcdef\"");
  }

  @Test
  void shouldGiveUpAfterLastAttempt() throws Exception {
    WebhookSink sink = new WebhookSink(receiver(500), FAST, Duration.ofSeconds(2));

    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("failed 4 times")
        .hasMessageContaining("HTTP 500");
    assertThat(ids).hasSize(4);
  }

  @Test
  void shouldNotRetryClientError() throws Exception {
    WebhookSink sink = new WebhookSink(receiver(400), FAST, Duration.ofSeconds(2));

    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("refused")
        .hasMessageContaining("HTTP 400");
    assertThat(ids).hasSize(1);
  }

  @Test
  void shouldNameTheWebhookUrlOnceWhenRefused() throws Exception {
    URI url = receiver(400);
    WebhookSink sink = new WebhookSink(url, FAST, Duration.ofSeconds(2));

    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class)
        .satisfies(e -> assertThat(e.getMessage().split(java.util.regex.Pattern.quote(url.toString()), -1))
            .as("the URL once in: " + e.getMessage()).hasSize(2));
  }

  @Test
  void shouldRefuseNonHttpUrl() {
    assertThatThrownBy(() -> new WebhookSink(URI.create("file:///etc/passwd"), FAST, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepJitteredDelayWithinCeiling() {
    Backoff backoff = new Backoff(5, Duration.ofMillis(100), Duration.ofMillis(300));

    assertThat(backoff.delayBefore(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(backoff.delayBefore(5)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
  }

  @Test
  void shouldSignEveryTryVerifiablyWithSameWebhookIdAndCloudEventHeaders() throws Exception {
    WebhookSink sink = new WebhookSink("webhook ops", receiver(500, 500, 500, 204), FAST, Duration.ofSeconds(2),
        WebhookSigner.of(WebhookVerifierTest.SECRET), java.time.Clock.systemUTC());

    sink.deliver(Alerts.sample());

    WebhookVerifier verifier = new WebhookVerifier(List.of(WebhookSecret.parse(WebhookVerifierTest.SECRET)),
        WebhookVerifier.DEFAULT_TOLERANCE, java.time.Clock.systemUTC());
    assertThat(ids).hasSize(4).containsOnly("upg-0123456789abcdef-v2");
    for (int i = 0; i < 4; i++) {
      com.sun.net.httpserver.Headers h = headers.get(i);
      verifier.verify(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"),
          bodies.get(i));
      assertThat(h.getFirst("ce-id")).isEqualTo("upg-0123456789abcdef-v2");
      assertThat(h.getFirst("ce-specversion")).isEqualTo("1.0");
      assertThat(h.getFirst("ce-type")).isEqualTo("dev.newsroom.alert.upgrade");
      assertThat(h.getFirst("ce-source")).isEqualTo(AlertCloudEvent.SOURCE);
      assertThat(h.getFirst("ce-time")).isEqualTo("2022-11-12T10:00:05Z");
    }
  }

  @Test
  void shouldDisableEndpointThatAnswersGoneAndFailLaterDeliveriesPermanently() throws Exception {
    WebhookSink sink = new WebhookSink(receiver(410), FAST, Duration.ofSeconds(2));

    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("410")
        .matches(e -> ((DeliveryException) e).permanent());
    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("disabled");
    assertThat(ids).hasSize(1);
    assertThat(sink.disabledReason()).contains("410 Gone");
  }
}
