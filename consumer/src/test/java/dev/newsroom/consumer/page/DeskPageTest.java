package dev.newsroom.consumer.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.consumer.AlertsForDesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live desk page on a real Javalin server on loopback. */
class DeskPageTest {

  private static final String TOKEN = "s3cret-desk-token-0123";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AlertAcknowledgement> recorded = new CopyOnWriteArrayList<>();
  private DeskBoard board;
  private DeskPage page;

  @BeforeEach
  void start() {
    board = new DeskBoard();
    page = DeskPage.start(board, recorded::add, TOKEN, "127.0.0.1", 0, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private static Alert alert(String id, String a, String b, String direction, int minutesAgo) {
    return Alert.newBuilder(AlertsForDesk.alert(a, b, "agreed", direction)).setAlertId(id)
        .setUpdatedAt(Instant.parse("2026-01-01T12:00:00Z").minusSeconds(60L * minutesAgo)).build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(page.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldRefuseApiWithoutValidToken() throws Exception {
    assertThat(get("api/alerts").statusCode()).isEqualTo(401);
    assertThat(get("api/alerts?token=wrong-token-wrong-token").statusCode()).isEqualTo(401);
    assertThat(http.send(HttpRequest.newBuilder(page.uri().resolve("api/alerts"))
        .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void shouldServePageAndListAlertsNewestFirstWithFilters() throws Exception {
    board.received(alert("old", "JP", "KH", "upgrade", 30));
    board.received(alert("new", "FR", "DE", "downgrade", 1));
    board.received(alert("mid", "KH", "VN", "upgrade", 10));

    assertThat(get("").body()).contains("<title>Newsroom desk</title>").contains("EventSource");
    JsonNode all = JSON.readTree(get("api/alerts?token=" + TOKEN).body());
    assertThat(all.findValuesAsText("alert_id")).containsExactly("new", "mid", "old");
    assertThat(JSON.readTree(get("api/alerts?country=kh&token=" + TOKEN).body()).findValuesAsText("alert_id"))
        .containsExactly("mid", "old");
    assertThat(JSON.readTree(get("api/alerts?direction=downgrade&token=" + TOKEN).body())
        .findValuesAsText("alert_id")).containsExactly("new");
    assertThat(JSON.readTree(get("api/alerts?pair=kh-jp&token=" + TOKEN).body()).findValuesAsText("alert_id"))
        .containsExactly("old");
    assertThat(JSON.readTree(get("api/alerts?level=all-weather&token=" + TOKEN).body())).isEmpty();
  }

  @Test
  void shouldRecordAcknowledgementAndHideItFromUnacknowledgedFilter() throws Exception {
    board.received(alert("a1", "JP", "KH", "upgrade", 5));

    HttpResponse<String> response = http.send(HttpRequest.newBuilder(page.uri().resolve("api/alerts/a1/ack"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"Mai\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(recorded).singleElement().satisfies(ack -> {
      assertThat(ack.getAlertId()).isEqualTo("a1");
      assertThat(ack.getVersion()).isEqualTo(2);
      assertThat(ack.getBy()).isEqualTo("Mai");
    });
    assertThat(JSON.readTree(response.body()).get("acknowledged").get("by").asText()).isEqualTo("Mai");
    assertThat(get("api/alerts?unacknowledged=true&token=" + TOKEN).body()).isEqualTo("[]");
    board.received(Alert.newBuilder(alert("a1", "JP", "KH", "upgrade", 0)).setVersion(3).build());
    assertThat(JSON.readTree(get("api/alerts?unacknowledged=true&token=" + TOKEN).body())
        .findValuesAsText("alert_id")).as("a new version is news again").containsExactly("a1");
  }

  @Test
  void shouldPushNewAlertsToLiveConnections() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    http.sendAsync(HttpRequest.newBuilder(page.uri().resolve("api/events?token=" + TOKEN))
        .header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
    await().atMost(Duration.ofSeconds(10)).until(() -> board.subscribers() == 1);

    board.received(alert("live-1", "JP", "KH", "upgrade", 0));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines)
        .contains("event: alert")
        .anySatisfy(line -> assertThat(line).startsWith("data: ").contains("\"alert_id\":\"live-1\"")));
  }

  @Test
  void shouldServeSourcesAsLinksOnlyForWebAddresses() throws Exception {
    board.received(alert("s1", "JP", "KH", "upgrade", 0));

    JsonNode source = JSON.readTree(get("api/alerts?token=" + TOKEN).body()).get(0).get("sources").get(0);
    String page = get("").body();

    assertThat(source.get("url").asText()).startsWith("http");
    assertThat(page).as("each source is a link to its release, http(s) addresses only")
        .contains("/^https?:\\/\\//i.test(s.url || \"\")").contains("link.href = s.url")
        .contains("rel = \"noopener noreferrer\"");
  }

  @Test
  void shouldAnswerNotFoundForUnknownAlertAck() throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(page.uri().resolve("api/alerts/nope/ack"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(URI.create(page.uri().toString()).getPort()).isPositive();
  }
}
