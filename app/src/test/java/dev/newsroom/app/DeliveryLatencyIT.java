package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.analysis.AnalysisJson;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.consumer.channel.LoopbackReceiver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load harness, not a timed test: the time from a release published to the raw topic to its alert's webhook
 * arriving, through the whole stack (broker, {@link dev.newsroom.streams.NewsroomStreams}, {@code newsroom alerts
 * --desk} as its own process, a signed webhook to a loopback receiver). Releases are paced so that it measures
 * latency, not a backlog. It asserts only that every release reached the receiver, and prints the median and p99
 * (line {@code LATENCY ...}, also in {@code target/delivery-latency.txt}).
 */
@ExtendWith(KafkaBrokerExtension.class)
class DeliveryLatencyIT {

  private static final int RELEASES = 60;
  private static final Duration PACE = Duration.ofMillis(200);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[][] HOSTS = {
      {"Hanoi", "Vietnam"}, {"Jakarta", "Indonesia"}, {"Canberra", "Australia"}, {"New Delhi", "India"},
      {"Tokyo", "Japan"}, {"Brasilia", "Brazil"}, {"Nairobi", "Kenya"}, {"Ottawa", "Canada"},
      {"Mexico City", "Mexico"}, {"Cairo", "Egypt"}};
  private static final String[] PARTNERS = {"France", "Germany", "Italy", "Spain", "Chile", "Peru", "Argentina",
      "Nigeria", "Ghana", "Morocco", "Poland", "Sweden", "Norway", "Finland", "Denmark", "Netherlands", "Belgium",
      "Portugal", "Greece", "Thailand", "Malaysia", "the Philippines", "Singapore", "New Zealand", "South Africa",
      "Colombia", "Ireland", "Austria", "Switzerland", "Uruguay"};
  private static final String[] LEVELS = {"comprehensive strategic partnership", "strategic partnership",
      "comprehensive partnership"};
  private static final String[] VERBS = {"agreed to elevate their relations to a", "agreed to upgrade their ties to a",
      "agreed to elevate their relationship to a"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] TOPICS = {"semiconductors", "fisheries", "rail", "tourism", "vaccines", "wheat",
      "shipbuilding", "satellites", "copper", "batteries", "coffee", "forestry", "textiles", "ports", "hydrogen",
      "scholarships", "cybersecurity", "rice", "aviation", "pharmaceuticals", "museums", "fertiliser", "dairy",
      "broadband", "desalination", "lithium", "cinema", "football", "archives", "meteorology", "nursing",
      "irrigation", "robotics", "pensions", "customs", "orchestras", "mangroves", "bridges", "tunnels", "solar"};

  @TempDir
  Path dir;

  @Test
  void shouldReportLatencyFromPublishedReleaseToWebhook(KafkaBroker broker) throws Exception {
    List<RawRelease> releases = releases("lat-" + UUID.randomUUID().toString().substring(0, 8), RELEASES + 1);
    ReleaseAnalyzer analyzer = ReleaseAnalyzer.standard();
    for (RawRelease release : releases) {
      String analysis = AnalysisJson.toJson(analyzer.analyze(AnalysisJson.readInput(JSON.writeValueAsString(
          Map.of("id", release.getId(), "text", release.getBody())))));
      assertThat(JSON.readTree(analysis).get("upgrade").isNull()).as("upgrade found in " + release.getBody())
          .isFalse();
    }

    Map<String, Long> published = new ConcurrentHashMap<>();
    try (Pipeline pipeline = new Pipeline(broker, Files.createDirectories(dir.resolve("state")));
        LoopbackReceiver receiver = LoopbackReceiver.answeringAfter(Duration.ZERO);
        KafkaProducer<String, RawRelease> producer = new KafkaProducer<>(pipeline.config.kafka("producer"),
            pipeline.topics.rawReleases().keySerde().serializer(),
            pipeline.topics.rawReleases().valueSerde().serializer())) {
      Path desk = Files.writeString(dir.resolve("desk.yaml"), """
          channels:
            hook: {type: webhook, url: "%s", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}
          default: [hook]
          """.formatted(receiver.url()));
      String prefix = "lat-" + UUID.randomUUID().toString().substring(0, 8);
      List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--group", prefix + "-desk",
          "--set", "newsroom.metrics.enabled=false"));
      args.addAll(pipeline.commandFlags());
      DeliveryTopics.DEFAULT_NAMES.forEach((key, name) -> args.addAll(List.of("--set", key + "=" + prefix + "." + name)));
      String topic = pipeline.topics.rawReleases().name();

      try (NewsroomProcess alerts = NewsroomProcess.start(dir.resolve("alerts.log"), args)) {
        // A warm-up release, not measured: every client has joined and fetched metadata when it has arrived.
        RawRelease warmUp = releases.get(0);
        producer.send(new ProducerRecord<>(topic, warmUp.getId(), warmUp));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(
            () -> assertThat(receivedBySource(receiver)).as(alerts::tail).containsKey(warmUp.getId()));

        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try {
          for (int i = 1; i <= RELEASES; i++) {
            RawRelease release = releases.get(i);
            pacer.schedule(() -> {
              published.put(release.getId(), System.nanoTime());
              producer.send(new ProducerRecord<>(topic, release.getId(), release));
            }, PACE.toMillis() * (i - 1), TimeUnit.MILLISECONDS);
          }
          List<String> measured = releases.subList(1, RELEASES + 1).stream().map(RawRelease::getId).toList();
          await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(
              () -> assertThat(receivedBySource(receiver).keySet()).as(alerts::tail).containsAll(measured));
        } finally {
          pacer.shutdownNow();
        }
      }

      Map<String, Long> received = receivedBySource(receiver);
      List<Double> latencies = new ArrayList<>();
      published.forEach((id, at) -> latencies.add((received.get(id) - at) / 1e6));
      Collections.sort(latencies);
      assertThat(latencies).hasSize(RELEASES);
      String line = String.format(java.util.Locale.ROOT,
          "LATENCY release published -> webhook received, %d releases every %d ms: median %.0f ms, p99 %.0f ms "
              + "(min %.0f ms, max %.0f ms)",
          RELEASES, PACE.toMillis(), percentile(latencies, 50), percentile(latencies, 99), latencies.get(0),
          latencies.get(latencies.size() - 1));
      System.out.println(line);
      Path target = Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of("app", "target");
      Files.writeString(target.resolve("delivery-latency.txt"), line + System.lineSeparator()
          + "latencies_ms=" + latencies.stream().map(l -> String.format(java.util.Locale.ROOT, "%.1f", l)).toList()
          + System.lineSeparator(), StandardCharsets.UTF_8);
    }
  }

  /** Nearest-rank percentile. */
  private static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** The first arrival of each release's alert, by the release id among the alert's sources. */
  private static Map<String, Long> receivedBySource(LoopbackReceiver receiver) throws Exception {
    Map<String, Long> first = new java.util.HashMap<>();
    for (LoopbackReceiver.Request request : receiver.requests) {
      JsonNode body = JSON.readTree(request.body());
      for (JsonNode source : body.get("sources")) {
        first.merge(source.get("release_id").asText(), request.receivedNanos(), Math::min);
      }
    }
    return first;
  }

  /**
   * Distinct upgrade releases, each about a pair of its own, worded differently enough that none is a near
   * duplicate of another (a shuffled list of talks topics per release).
   */
  private static List<RawRelease> releases(String prefix, int count) {
    List<String[]> pairs = new ArrayList<>();
    for (String[] host : HOSTS) {
      for (String partner : PARTNERS) {
        pairs.add(new String[] {host[0], host[1], partner});
      }
    }
    Random random = new Random(20230911L);
    Collections.shuffle(pairs, random);
    List<RawRelease> releases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] pair = pairs.get(i);
      List<String> topics = new ArrayList<>(List.of(TOPICS));
      Collections.shuffle(topics, random);
      String body = "%s, %d %s %d. %s and %s %s %s. The delegations discussed %s and %s. Officials said %s."
          .formatted(pair[0], 1 + random.nextInt(28), MONTHS[random.nextInt(12)], 2019 + random.nextInt(6), pair[1],
              pair[2], VERBS[i % VERBS.length], LEVELS[i % LEVELS.length],
              String.join(", ", topics.subList(0, 11)), topics.get(11),
              String.join(" and ", topics.subList(12, 20)) + " would follow");
      releases.add(RawRelease.newBuilder()
          .setId(prefix + "-" + i)
          .setSource(new ReleaseSource(pair[1] + " ministry of foreign affairs", SourceKind.MINISTRY))
          .setTitle(pair[1] + " and " + pair[2] + " raise ties")
          .setBody(body)
          .setReceivedAt(Instant.now())
          .build());
    }
    return releases;
  }
}
