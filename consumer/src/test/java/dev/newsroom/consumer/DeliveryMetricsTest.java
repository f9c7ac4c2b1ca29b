package dev.newsroom.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryMetricsTest {

  @Test
  void shouldCountPerChannelAndServeLatencyHistogramToPrometheus() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    DeliveryMetrics metrics = new DeliveryMetrics(registry).register(List.of("ops-hook", "asia-slack"));
    metrics.delivered("ops-hook", Duration.ofSeconds(3));
    metrics.retried("asia-slack", 1);
    metrics.retried("asia-slack", 2);
    metrics.parked("asia-slack");

    try (MetricsServer server = MetricsServer.start(registry, "127.0.0.1", 0)) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(server.uri()).GET().build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
      assertThat(response.body())
          .contains("newsroom_alerts_delivered_total{channel=\"ops-hook\"} 1.0")
          .contains("newsroom_alerts_delivered_total{channel=\"asia-slack\"} 0.0")
          .contains("newsroom_alerts_retried_total{channel=\"asia-slack\"} 2.0")
          .contains("newsroom_alerts_parked_total{channel=\"asia-slack\"} 1.0")
          .contains("newsroom_alerts_delivery_latency_seconds_count{channel=\"ops-hook\"} 1")
          .contains("newsroom_alerts_delivery_latency_seconds_bucket{channel=\"ops-hook\",le=");
      assertThat(server.uri()).isNotEqualTo(URI.create("http://127.0.0.1:0/metrics"));
    }
  }
}
