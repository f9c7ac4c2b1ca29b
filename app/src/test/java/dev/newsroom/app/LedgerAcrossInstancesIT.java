package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.streams.LedgerView;
import dev.newsroom.streams.NewsroomStreams;
import dev.newsroom.streams.http.LedgerHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the topology share the work (same application id, 3 partitions): each answers for every
 * pair, asking the other for the pairs it hosts. Upgrades from releases written for this test and the seed
 * document, and seeded pairs; the six pairs fall in all three partitions of the ledger.
 */
@ExtendWith(KafkaBrokerExtension.class)
class LedgerAcrossInstancesIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final List<String> PAIRS = List.of("CA-MX", "DE-JP", "FR-IN", "ID-VN", "JP-KH", "US-VN");

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void shouldAnswerEveryPairFromEitherInstanceAskingTheOtherForThePairsItHosts(KafkaBroker broker)
      throws Exception {
    try (LedgerHttpServer httpA = new LedgerHttpServer("127.0.0.1", 0);
        LedgerHttpServer httpB = new LedgerHttpServer("127.0.0.1", 0)) {
      HostInfo hostA = new HostInfo("127.0.0.1", httpA.port());
      HostInfo hostB = new HostInfo("127.0.0.1", httpB.port());
      try (Pipeline pipeline = new Pipeline(broker, Files.createDirectories(dir.resolve("a")),
          Map.of("kafka.streams.application.server", "127.0.0.1:" + httpA.port()))) {
        Properties second = pipeline.config.kafka("streams");
        second.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(dir.resolve("b")).toString());
        second.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + httpB.port());
        try (NewsroomStreams instanceB = new NewsroomStreams(pipeline.topics, pipeline.config.pipeline(), second)) {
          instanceB.start();
          LedgerView ledgerA = pipeline.streams.ledger();
          LedgerView ledgerB = instanceB.ledger();
          httpA.withLedger(ledgerA);
          httpB.withLedger(ledgerB);
          await().atMost(PATIENCE).until(() -> pipeline.streams.state() == KafkaStreams.State.RUNNING
              && instanceB.state() == KafkaStreams.State.RUNNING
              && ledgerA.hosts().equals(java.util.Set.of(hostA, hostB)));

          publishUpgradesAndSeeds(pipeline);
          await().atMost(PATIENCE).untilAsserted(() -> assertThat(latestLevels(pipeline).keySet())
              .containsExactlyElementsOf(PAIRS));
          Map<String, String> levels = latestLevels(pipeline);

          for (LedgerHttpServer server : List.of(httpA, httpB)) {
            await().atMost(PATIENCE).untilAsserted(() -> {
              HttpResponse<String> all = get(server, "/ledger", false);
              assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
              assertThat(pairsOf(json.readTree(all.body()))).as("every pair, sorted, from port " + server.port())
                  .containsExactlyElementsOf(PAIRS);
            });
          }

          Map<String, HostInfo> hostOf = new TreeMap<>();
          PAIRS.forEach(pair -> hostOf.put(pair, ledgerA.hostOf(pair).orElseThrow()));
          assertThat(hostOf.values()).as("each instance hosts some pairs: " + hostOf).contains(hostA, hostB);
          for (String pair : PAIRS) {
            LedgerHttpServer other = hostOf.get(pair).equals(hostA) ? httpB : httpA;
            HttpResponse<String> one = get(other, "/ledger/" + pair, false);
            assertThat(one.statusCode()).as(pair + " asked of the instance not hosting it: " + one.body())
                .isEqualTo(200);
            assertThat(json.readTree(one.body()).get("level").asText()).isEqualTo(levels.get(pair));
            assertThat(get(other, "/ledger/" + pair, true).statusCode())
                .as("a forwarded request for a pair hosted elsewhere is not forwarded again").isEqualTo(503);
          }

          Cli cli = Cli.run("ledger", "--url", "http://127.0.0.1:" + httpB.port());
          assertThat(cli.exitCode()).as(cli.err()).isZero();
          assertThat(cli.out().lines().map(line -> line.split(" ")[0]).toList()).containsExactlyElementsOf(PAIRS);

          httpB.close();
          HttpResponse<String> incomplete = get(httpA, "/ledger", false);
          assertThat(incomplete.statusCode()).isEqualTo(503);
          assertThat(json.readTree(incomplete.body()).get("unreachable").get(0).asText())
              .startsWith("127.0.0.1:" + httpB.port());
        }
      }
    }
  }

  /** Three releases that each raise a pair (one the seed document), and three known relationships seeded. */
  private void publishUpgradesAndSeeds(Pipeline pipeline) throws Exception {
    pipeline.publish(release("id-vn-us", "Vietnam and United States raise ties", "Hanoi, 11 September 2023. "
        + "Vietnam and the United States agreed on Sunday to elevate their relations from a comprehensive "
        + "partnership to a comprehensive strategic partnership, the highest level in Vietnam's ties with other "
        + "countries. The two leaders discussed semiconductors, clean energy and education."));
    pipeline.publish(release("id-id-vn", "Indonesia and Viet Nam raise ties", "Jakarta, 12 June 2024. Indonesia "
        + "and Viet Nam agreed on Wednesday to elevate their relations from a strategic partnership to a "
        + "comprehensive strategic partnership, the two presidents said after talks in Jakarta on trade, nickel "
        + "processing and electric vehicles."));
    pipeline.publish("ministry", SeedPipelineIT.MINISTRY);
    Path csv = dir.resolve("known.csv");
    Files.writeString(csv, "pair,level,since\nFR-IN,strategic partnership,1998-01-26\n"
        + "CA-MX,comprehensive strategic partnership,2016-06-28\nDE-JP,strategic partnership,2014-04-30\n");
    List<String> args = new ArrayList<>(List.of("ledger", "--seed", csv.toString()));
    args.addAll(pipeline.commandFlags());
    Cli seeded = Cli.run(args.toArray(String[]::new));
    assertThat(seeded.exitCode()).as(seeded.err()).isZero();
  }

  private static RawRelease release(String id, String title, String body) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource("ministry desk", SourceKind.MINISTRY))
        .setTitle(title)
        .setBody(body)
        .setReceivedAt(Instant.now())
        .build();
  }

  /** Each pair's latest level on the ledger topic, by pair. */
  private static Map<String, String> latestLevels(Pipeline pipeline) {
    Map<String, String> levels = new TreeMap<>();
    for (PairLevel level : pipeline.ledger.values()) {
      levels.put(String.join("-", level.getPair()), level.getLevel());
    }
    return levels;
  }

  private static List<String> pairsOf(JsonNode entries) {
    List<String> pairs = new ArrayList<>();
    entries.forEach(entry -> pairs.add(entry.get("pair").get(0).asText() + "-" + entry.get("pair").get(1).asText()));
    return pairs;
  }

  private HttpResponse<String> get(LedgerHttpServer server, String path, boolean forwarded) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .timeout(Duration.ofSeconds(10)).GET();
    if (forwarded) {
      request.header("X-Newsroom-Forwarded", "1");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
