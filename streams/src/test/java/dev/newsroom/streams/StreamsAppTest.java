package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import dev.newsroom.schemas.Topics;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streams application's settings, start and close, without a broker (the client never reaches one). */
class StreamsAppTest {

  @TempDir
  Path state;

  private Properties kafka() {
    Properties kafka = new Properties();
    kafka.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsroom-app-test");
    kafka.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"); // nothing listens there
    kafka.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    return kafka;
  }

  private StreamsSettings settings(Properties kafka, StreamsSettings.Http http, String instance) {
    return new StreamsSettings(Topics.defaults(), PipelineSettings.defaults(), kafka, http, instance);
  }

  @Test
  void shouldRejectAnInstanceNameKafkaCannotUse() {
    assertThatThrownBy(() -> settings(kafka(), null, "desk 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration: newsroom.streams.instance.name must be letters, digits, '.', '_' or '-' "
            + "(at most 200), got 'desk 1'");
  }

  @Test
  void shouldMakeANamedInstanceAStaticMemberThatStaysInTheGroup() {
    StreamsSettings named = settings(kafka(), null, "streams-1");
    StreamsSettings unnamed = settings(kafka(), null, "");

    assertThat(named.clientProperties(0).getProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)).isEqualTo("streams-1");
    assertThat(named.leaveGroupOnClose()).isFalse();
    assertThat(unnamed.clientProperties(0)).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    assertThat(unnamed.leaveGroupOnClose()).isTrue();
  }

  @Test
  void shouldAdvertiseTheBoundPortUnlessApplicationServerIsSet() {
    StreamsSettings.Http http = new StreamsSettings.Http("0.0.0.0", 0, "streams-1.desk.internal");
    Properties explicit = kafka();
    explicit.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "proxy:80");

    assertThat(settings(kafka(), http, "").clientProperties(8123).getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG))
        .isEqualTo("streams-1.desk.internal:8123");
    assertThat(settings(explicit, http, "").clientProperties(8123).getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG))
        .isEqualTo("proxy:80");
    assertThat(settings(kafka(), null, "").clientProperties(8123)).doesNotContainKey(
        StreamsConfig.APPLICATION_SERVER_CONFIG);
  }

  @Test
  void shouldFreeTheHttpPortWhenTheTopologyCannotBeBuilt() throws IOException {
    int port = freePort();
    Properties noApplicationId = kafka();
    noApplicationId.remove(StreamsConfig.APPLICATION_ID_CONFIG);

    assertThatThrownBy(() -> StreamsApp.start(settings(noApplicationId,
        new StreamsSettings.Http("127.0.0.1", port, "127.0.0.1"), ""), MetricsEndpoint.NONE))
        .hasMessageContaining(StreamsConfig.APPLICATION_ID_CONFIG);
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void shouldServeWhileRunningAndCloseOnceInReverseOrder() throws Exception {
    List<String> events = new ArrayList<>();
    MetricsEndpoint.Factory metrics = client -> {
      events.add("metrics bound");
      return new MetricsEndpoint() {
        @Override
        public HttpHandler handler() {
          return exchange -> {
            try (exchange) {
              exchange.sendResponseHeaders(200, -1);
            }
          };
        }

        @Override
        public void close() {
          events.add("metrics closed");
        }
      };
    };
    StreamsApp app = StreamsApp.start(settings(kafka(), new StreamsSettings.Http("127.0.0.1", 0, "127.0.0.1"), ""),
        metrics);
    URI metricsUri = URI.create("http://127.0.0.1:" + app.httpPort() + "/metrics");
    HttpClient http = HttpClient.newHttpClient();
    assertThat(http.send(HttpRequest.newBuilder(metricsUri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(200);

    app.close();
    app.close();

    assertThat(events).containsExactly("metrics bound", "metrics closed");
    assertThat(app.await()).isZero();
    assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(metricsUri).build(),
        HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
