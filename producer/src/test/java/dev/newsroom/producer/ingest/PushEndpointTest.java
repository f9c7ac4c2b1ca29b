package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushEndpointTest {

  private static final String TOKEN = "test-token-0123456789";
  private final Fixtures.RecordingSink sink = new Fixtures.RecordingSink();
  private final SourceStats stats = new SourceStats("push", "push");
  private final HttpClient client = HttpClient.newHttpClient();
  private PushEndpoint endpoint;

  @BeforeEach
  void start() throws Exception {
    endpoint = new PushEndpoint(new PushSettings(0, "127.0.0.1", TOKEN, null, 2_000L, "Wire", "agency"),
        sink, Clock.systemUTC(), stats);
    endpoint.start();
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private HttpResponse<String> post(String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/releases"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldPublishBatchAndAnswerWithReleaseIds() throws Exception {
    HttpResponse<String> response = post(TOKEN, "[{\"id\":\"r1\",\"title\":\"One\",\"text\":\"First.\"},"
        + "{\"text\":\"Second.\",\"url\":\"https://wire.example/2\",\"source\":\"Kyodo\",\"kind\":\"newspaper\","
        + "\"date\":\"2022-11-12\"}]");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"ids\":[\"r1\",\"" + dev.newsroom.producer.ReleaseIds.forUrl(
        "https://wire.example/2") + "\"]}");
    assertThat(sink.releases).extracting(RawRelease::getBody).containsExactly("First.", "Second.");
    assertThat(sink.releases.get(0).getSource().getName()).isEqualTo("Wire");
    assertThat(sink.releases.get(1).getSource().getName()).isEqualTo("Kyodo");
    assertThat(stats.published()).isEqualTo(2);
  }

  @Test
  void shouldAcceptSingleRelease() throws Exception {
    assertThat(post(TOKEN, "{\"text\":\"Only one.\"}").statusCode()).isEqualTo(201);
    assertThat(sink.releases).hasSize(1);
  }

  @Test
  void shouldRefuseMissingOrWrongTokenWith401() throws Exception {
    assertThat(post(null, "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = post("test-token-0123456788", "{\"text\":\"x\"}");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(sink.releases).isEmpty();
  }

  @Test
  void shouldRefuseBadBodyWith400AndTheReasonAndPublishNothingOfIt() throws Exception {
    HttpResponse<String> notJson = post(TOKEN, "{not json");
    HttpResponse<String> missingText = post(TOKEN, "[{\"text\":\"fine\"},{\"title\":\"no text\"}]");
    HttpResponse<String> badKind = post(TOKEN, "{\"text\":\"x\",\"kind\":\"blog\"}");

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("invalid JSON");
    assertThat(missingText.statusCode()).isEqualTo(400);
    assertThat(missingText.body()).contains("releases[1]: missing \\\"text\\\"");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(badKind.body()).contains("unknown source kind 'blog'");
    assertThat(sink.releases).isEmpty();
  }

  @Test
  void shouldRefuseOversizedBodyWith413() throws Exception {
    HttpResponse<String> response = post(TOKEN, "{\"text\":\"" + "x".repeat(3_000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(sink.releases).isEmpty();
  }

  @Test
  void shouldAnswer404And405OutsideThePostEndpoint() throws Exception {
    HttpResponse<String> get = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + endpoint.port() + "/releases")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> other = client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + endpoint.port() + "/other")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(other.statusCode()).isEqualTo(404);
  }
}
