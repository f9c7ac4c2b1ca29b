package dev.newsroom.consumer.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.avro.delivery.FeedbackVerdict;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.consumer.AlertsForDesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
  private final List<AlertFeedback> corrections = new CopyOnWriteArrayList<>();
  private DeskBoard board;
  private DeskPage page;

  @BeforeEach
  void start() {
    board = new DeskBoard();
    page = DeskPage.start(board, recorded::add, corrections::add, TOKEN, "127.0.0.1", 0, Clock.systemUTC());
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
    board.received(Alert.newBuilder(alert("a1", "JP", "KH", "upgrade", 0)).setVersion(3)
        .setChange(AlertChange.SOURCES_CORRECTED).build());
    assertThat(get("api/alerts?unacknowledged=true&token=" + TOKEN).body())
        .as("a correction of the sources, seconds later, is not news").isEqualTo("[]");
    board.received(Alert.newBuilder(alert("a1", "JP", "KH", "upgrade", 0)).setVersion(4).build());
    assertThat(JSON.readTree(get("api/alerts?unacknowledged=true&token=" + TOKEN).body())
        .findValuesAsText("alert_id")).as("a new version is news again").containsExactly("a1");
  }

  @Test
  void shouldPushNewAlertsToLiveConnections() throws Exception {
    List<String> lines = listen("");

    board.received(alert("live-1", "JP", "KH", "upgrade", 0));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines)
        .contains("event: alert")
        .anySatisfy(line -> assertThat(line).startsWith("data: ").contains("\"alert_id\":\"live-1\"")));
  }

  @Test
  void shouldReplaceASourceAddedVersionWithItsSourcesCorrectedVersionAndKeepIt() throws Exception {
    Alert added = alert("sc", "JP", "KH", "upgrade", 1);
    board.received(added);
    List<String> lines = listen("");
    Alert corrected = Alert.newBuilder(added).setVersion(3).setChange(AlertChange.SOURCES_CORRECTED)
        .setSources(List.of(added.getSources().get(0))).setUpdatedAt(added.getUpdatedAt().plusSeconds(5)).build();

    board.received(corrected);
    board.received(added); // the older version read again, e.g. while following the topic: changes nothing

    JsonNode shown = alerts("");
    assertThat(shown).singleElement().satisfies(alert -> {
      assertThat(alert.get("version").asInt()).isEqualTo(3);
      assertThat(alert.get("change").asText()).isEqualTo("sources_corrected");
      assertThat(alert.get("sources").findValuesAsText("release_id")).containsExactly("r1");
    });
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("data: ").contains("\"change\":\"sources_corrected\"")));
    assertThat(lines).as("one live event, for v3").filteredOn(line -> line.equals("event: alert")).hasSize(1);
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

  /** The lines of a live connection (server-sent events), once it is subscribed. */
  private List<String> listen(String query) {
    List<String> lines = new CopyOnWriteArrayList<>();
    http.sendAsync(HttpRequest.newBuilder(page.uri().resolve("api/events?" + query + "token=" + TOKEN))
        .header("Accept", "text/event-stream").GET().build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(lines::add));
    await().atMost(Duration.ofSeconds(10)).until(() -> board.subscribers() == 1);
    return lines;
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(page.uri().resolve(path)).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode alerts(String query) throws Exception {
    return JSON.readTree(get("api/alerts?" + query + (query.isEmpty() ? "" : "&") + "token=" + TOKEN).body());
  }

  @Test
  void shouldAnswerBadRequestWithReasonWhenAckBodyIsNotJson() throws Exception {
    board.received(alert("a1", "JP", "KH", "upgrade", 5));

    HttpResponse<String> notJson = post("api/alerts/a1/ack", "by=Mai");
    HttpResponse<String> notObject = post("api/alerts/a1/ack", "[\"Mai\"]");

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("the body must be a JSON object").contains("{\"by\": \"Mai\"}")
        .doesNotContain("Exception");
    assertThat(notObject.statusCode()).isEqualTo(400);
    assertThat(recorded).as("nothing acknowledged").isEmpty();
  }

  @Test
  void shouldNameComponentAndPortWhenThePortIsInUse() throws Exception {
    int taken = page.uri().getPort();

    assertThatThrownBy(() -> DeskPage.start(new DeskBoard(), recorded::add, corrections::add, TOKEN, "127.0.0.1",
        taken, Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the desk page cannot listen on 127.0.0.1:" + taken + ": the port is in use by another program");
  }

  @Test
  void shouldFindCountriesByNameInAnyOfTheirFormsAndShowNamesWithCodes() throws Exception {
    board.received(alert("vn", "VN", "JP", "upgrade", 5));
    board.received(alert("kh", "KH", "JP", "upgrade", 1));

    for (String typed : List.of("Vietnam", "Viet Nam", "viet-nam", "VN", "vn", "Socialist Republic of Viet Nam")) {
      assertThat(alerts("country=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8))
          .findValuesAsText("alert_id")).as(typed).containsExactly("vn");
    }
    assertThat(alerts("pair=" + java.net.URLEncoder.encode("Japan - Viet Nam", java.nio.charset.StandardCharsets.UTF_8))
        .findValuesAsText("alert_id")).containsExactly("vn");
    assertThat(alerts("country=Atlantis")).as("an unknown name matches nothing, not everything").isEmpty();
    JsonNode vn = alerts("country=VN").get(0);
    assertThat(vn.get("pair_names")).extracting(JsonNode::asText).containsExactly("Japan", "Vietnam");
    JsonNode countries = JSON.readTree(get("api/countries?token=" + TOKEN).body());
    assertThat(countries.get("VN").asText()).isEqualTo("Vietnam");
    assertThat(countries.get("ASEAN").asText()).isEqualTo("ASEAN");
  }

  @Test
  void shouldServeKindDirectionActionEventDateConfidenceAndFilterByConfirmed() throws Exception {
    board.received(Alert.newBuilder(alert("rep", "FR", "ML", "downgrade", 3)).setKind(MoveKind.REPRESENTATION)
        .setAction(RepresentationAction.AMBASSADOR_RECALLED).setToLevel("charge d'affaires")
        .setEventDate(LocalDate.of(2026, 2, 3)).setConfidence(0.8).setConfirmed(false).build());
    board.received(alert("up", "JP", "KH", "upgrade", 1));

    JsonNode rep = alerts("kind=representation");
    assertThat(rep.findValuesAsText("alert_id")).containsExactly("rep");
    assertThat(rep.get(0).get("direction").asText()).isEqualTo("downgrade");
    assertThat(rep.get(0).get("action").asText()).isEqualTo("ambassador_recalled");
    assertThat(rep.get(0).get("event_date").asText()).isEqualTo("2026-02-03");
    assertThat(rep.get(0).get("confidence").asDouble()).isEqualTo(0.8);
    assertThat(rep.get(0).get("stage").asText()).isEqualTo("agreed");
    assertThat(alerts("confirmed=false").findValuesAsText("alert_id")).containsExactly("rep");
    assertThat(alerts("confirmed=true").findValuesAsText("alert_id")).containsExactly("up");
  }

  @Test
  void shouldRecordCorrectionWithWhatTheAlertSaidAndShowIt() throws Exception {
    board.received(alert("c1", "JP", "KH", "upgrade", 5));

    HttpResponse<String> response = post("api/alerts/c1/feedback",
        "{\"verdict\":\"wrong_level\",\"note\":\"only strategic\",\"by\":\"Mai\","
            + "\"correct_level\":\"strategic partnership\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(corrections).singleElement().satisfies(c -> {
      assertThat(c.getAlertId()).isEqualTo("c1");
      assertThat(c.getVersion()).isEqualTo(2);
      assertThat(c.getVerdict()).isEqualTo(FeedbackVerdict.WRONG_LEVEL);
      assertThat(c.getNote()).isEqualTo("only strategic");
      assertThat(c.getCorrectLevel()).isEqualTo("strategic partnership");
      assertThat(c.getPair()).containsExactly("JP", "KH");
      assertThat(c.getToLevel()).isEqualTo("comprehensive strategic partnership");
      assertThat(c.getReleaseIds()).containsExactly("r1", "r2");
    });
    JsonNode shown = alerts("").get(0).get("feedback");
    assertThat(shown.get("verdict").asText()).isEqualTo("wrong_level");
    assertThat(shown.get("by").asText()).isEqualTo("Mai");
    assertThat(shown.get("note").asText()).isEqualTo("only strategic");

    HttpResponse<String> pair = post("api/alerts/c1/feedback",
        "{\"verdict\":\"wrong_pair\",\"correct_pair\":\"Viet Nam - Japan\"}");
    assertThat(pair.statusCode()).isEqualTo(201);
    assertThat(corrections.get(1).getCorrectPair()).containsExactly("JP", "VN");
    assertThat(post("api/alerts/c1/feedback", "{\"verdict\":\"withdrawn\"}").statusCode()).isEqualTo(201);
    assertThat(alerts("").get(0).get("feedback").isNull()).as("withdrawn").isTrue();
  }

  @Test
  void shouldRefuseCorrectionWithoutAKnownVerdictAndSayWhich() throws Exception {
    board.received(alert("c2", "JP", "KH", "upgrade", 5));

    HttpResponse<String> missing = post("api/alerts/c2/feedback", "{\"note\":\"hm\"}");
    HttpResponse<String> unknown = post("api/alerts/c2/feedback", "{\"verdict\":\"meh\"}");
    HttpResponse<String> notJson = post("api/alerts/c2/feedback", "wrong");
    HttpResponse<String> badPair = post("api/alerts/c2/feedback",
        "{\"verdict\":\"wrong_pair\",\"correct_pair\":\"Atlantis-Japan\"}");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("not_a_move, wrong_pair, wrong_level, withdrawn");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("'meh'");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(badPair.statusCode()).isEqualTo(400);
    assertThat(badPair.body()).contains("Atlantis-Japan");
    assertThat(corrections).isEmpty();
    assertThat(post("api/alerts/nope/feedback", "{\"verdict\":\"not_a_move\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldServeLedgerWithNamesAndPushItsChangesLive() throws Exception {
    List<String> lines = listen("");

    board.ledger(PairLevel.newBuilder().setPair(List.of("JP", "VN")).setLevel("comprehensive strategic partnership")
        .setSince(Instant.parse("2023-11-27T00:00:00Z")).setUpdatedAt(Instant.parse("2023-11-28T00:00:00Z"))
        .setRepresentation(new RepresentationLevel("ambassador", null, null, List.of())).build());

    JsonNode ledger = JSON.readTree(get("api/ledger?token=" + TOKEN).body());
    assertThat(ledger).singleElement().satisfies(entry -> {
      assertThat(entry.get("pair_names")).extracting(JsonNode::asText).containsExactly("Japan", "Vietnam");
      assertThat(entry.get("level").asText()).isEqualTo("comprehensive strategic partnership");
      assertThat(entry.get("since").asText()).isEqualTo("2023-11-27T00:00:00Z");
      assertThat(entry.get("representation").get("level").asText()).isEqualTo("ambassador");
    });
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines).contains("event: ledger"));
  }

  @Test
  void shouldShowLatestDuplicatesAndRejectedRecordsWithTheirReasons() throws Exception {
    TaggedRelease original = TaggedRelease.newBuilder().setId("rel-2")
        .setSource(new ReleaseSource("Daily", SourceKind.NEWSPAPER)).setTitle("Ties raised")
        .setReceivedAt(Instant.parse("2026-01-01T10:00:00Z")).setNormalizedText("ties").setFingerprint("f")
        .setVerdict(Verdict.DUPLICATE).setDuplicateOf("rel-1").setSimilarity(0.93).build();
    board.duplicate(original);
    board.rejected(new RejectedRecord("body is empty", "validate", "newsroom.releases.raw", 1, 42L, null,
        java.nio.ByteBuffer.wrap("{\"id\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        Instant.parse("2026-01-01T10:00:01Z")));

    JsonNode screened = JSON.readTree(get("api/screened?token=" + TOKEN).body());

    assertThat(screened.get("duplicates")).singleElement().satisfies(d -> {
      assertThat(d.get("release_id").asText()).isEqualTo("rel-2");
      assertThat(d.get("duplicate_of").asText()).isEqualTo("rel-1");
      assertThat(d.get("similarity").asDouble()).isEqualTo(0.93);
    });
    assertThat(screened.get("rejected")).singleElement().satisfies(r -> {
      assertThat(r.get("reason").asText()).isEqualTo("body is empty");
      assertThat(r.get("offset").asLong()).isEqualTo(42);
      assertThat(r.get("value_preview").asText()).isEqualTo("{\"id\":\"x\"}");
    });
  }

  @Test
  void shouldTellLiveConnectionsWhenAChangeTakesAnAlertOutOfTheirFilter() throws Exception {
    board.received(alert("h1", "JP", "KH", "upgrade", 5));
    List<String> lines = listen("unacknowledged=true&");

    assertThat(post("api/alerts/h1/ack", "{\"by\":\"Mai\"}").statusCode()).isEqualTo(201);

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines).contains("event: alert-hidden")
        .contains("data: {\"alert_id\":\"h1\"}").doesNotContain("event: alert"));
  }
}
