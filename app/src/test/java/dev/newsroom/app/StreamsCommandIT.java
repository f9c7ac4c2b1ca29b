package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsroom streams} itself on a real broker: what its HTTP server serves, and that stopping frees it. */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsCommandIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeHealthLedgerAndMetricsWhileRunningAndFreeThePortWhenStopped(KafkaBroker broker,
      @TempDir Path state) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Map<String, String> settings = FreshTopics.on(broker);
    settings.put("kafka.streams.application.id", settings.get("kafka.consumer.group.id") + "-streams");
    settings.put("kafka.streams.state.dir", state.toString());
    settings.put("newsroom.http.host", "127.0.0.1");
    settings.put("newsroom.http.port", Integer.toString(port));
    List<String> args = new ArrayList<>(List.of("streams"));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    Thread runner = new Thread(() -> Cli.run(args.toArray(String[]::new)), "streams-under-test");
    runner.start();
    String base = "http://127.0.0.1:" + port;
    try {
      await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(get(base + "/health/ready").body())
          .contains("\"state\":\"RUNNING\""));
      assertThat(get(base + "/ledger").statusCode()).isEqualTo(200);
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(base + "/metrics").body())
          .contains("kafka_stream_thread_process_rate"));
    } finally {
      runner.interrupt(); // in-process, the stand-in for Ctrl-C: the command closes on its way out
      runner.join(PATIENCE.toMillis());
    }
    assertThat(runner.isAlive()).isFalse();
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).as("the HTTP server was closed").isEqualTo(port);
    }
  }

  private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
