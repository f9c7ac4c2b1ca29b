package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsroom.consumer.MetricsServer;
import dev.newsroom.streams.http.LedgerHttpServer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The streams instance's health and metrics over HTTP, on a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsHealthIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldReportReadyAndStreamsMetricsWhileRunningAndNotLiveOnceStopped(KafkaBroker broker, @TempDir Path state)
      throws Exception {
    Pipeline pipeline = new Pipeline(broker, state);
    boolean closed = false;
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(pipeline.streams.client());
        LedgerHttpServer server = new LedgerHttpServer("127.0.0.1", 0, pipeline.streams.ledger())
            .withHealth(pipeline.streams.health()).withMetrics(MetricsServer.scrapeHandler(registry))) {
      metrics.bindTo(registry);
      String base = "http://127.0.0.1:" + server.port();

      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        HttpResponse<String> ready = get(base + "/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"state\":\"RUNNING\"");
      });
      assertThat(get(base + "/health/live").statusCode()).isEqualTo(200);
      assertThat(composeHealthCheck(server.port())).as("docker-compose.yml's streams health check").isZero();
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(get(base + "/metrics").body())
          .contains("kafka_stream_thread_process_rate")
          .contains("kafka_consumer_fetch_manager_records_lag"));
      assertThat(get(base + "/health/ready").headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/json"));

      pipeline.close();
      closed = true;

      assertThat(get(base + "/health/live").statusCode()).isEqualTo(503);
      // The client reports NOT_RUNNING from its own thread, a moment after close() returns.
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        HttpResponse<String> live = get(base + "/health/live");
        assertThat(live.statusCode()).isEqualTo(503);
        assertThat(live.body()).contains("NOT_RUNNING");
      });
      assertThat(get(base + "/health/ready").statusCode()).isEqualTo(503);
      assertThat(composeHealthCheck(server.port())).as("docker-compose.yml's streams health check").isNotZero();
    } finally {
      if (!closed) {
        pipeline.close();
      }
    }
  }

  /** Runs the streams service's health check from docker-compose.yml, pointed at this instance's port. */
  private static int composeHealthCheck(int port) throws Exception {
    Path compose = Path.of("").toAbsolutePath().getParent().resolve("docker-compose.yml");
    JsonNode test = new ObjectMapper(new YAMLFactory()).readTree(compose.toFile())
        .path("services").path("streams").path("healthcheck").path("test");
    assertThat(test.get(0).asText()).isEqualTo("CMD");
    List<String> command = new ArrayList<>();
    test.forEach(part -> command.add(part.asText().replace("127.0.0.1/8080", "127.0.0.1/" + port)));
    Process check = new ProcessBuilder(command.subList(1, command.size())).redirectErrorStream(true).start();
    assertThat(check.waitFor(10, TimeUnit.SECONDS)).as("health check finished").isTrue();
    return check.exitValue();
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
