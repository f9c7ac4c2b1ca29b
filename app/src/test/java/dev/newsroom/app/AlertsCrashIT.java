package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.consumer.channel.LoopbackReceiver;
import dev.newsroom.consumer.webhook.WebhookSecret;
import dev.newsroom.consumer.webhook.WebhookVerifier;
import dev.newsroom.schemas.TopicSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsroom alerts --desk} as a separate OS process, killed with SIGKILL while a batch is in flight to a
 * slow signed webhook, then started again: every alert still arrives (at least once), and a repeat carries the
 * same {@code webhook-id} and a valid signature.
 */
@ExtendWith(KafkaBrokerExtension.class)
class AlertsCrashIT {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final int ALERTS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void shouldDeliverEveryAlertAtLeastOnceAfterSigkillMidBatch(KafkaBroker broker) throws Exception {
    String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("newsroom.topic.alerts", prefix + ".alerts");
    DeliveryTopics.DEFAULT_NAMES.forEach((key, name) -> settings.put(key, prefix + "." + name));
    settings.put("newsroom.metrics.enabled", "false");
    settings.put("kafka.consumer.group.id", prefix + "-desk");
    // Small batches, so that some are committed before the kill and one is in flight when it comes; a short
    // session, so that the restarted consumer need not wait out the killed one's 45 s default.
    settings.put("kafka.consumer.max.poll.records", "20");
    settings.put("kafka.consumer.session.timeout.ms", "6000");
    settings.put("kafka.consumer.heartbeat.interval.ms", "1000");
    Map<String, String> withBootstrap = new HashMap<>(settings);
    withBootstrap.put("kafka.bootstrap.servers", broker.bootstrapServers());
    NewsroomConfig config = NewsroomConfig.load(null, Map.of(), withBootstrap);
    KafkaSetup.ensureTopics(config);

    Set<String> produced = new TreeSet<>();
    TopicSpec<String, Alert> topic = config.topics().alerts();
    Properties producerProps = config.kafka("producer");
    // One request in flight: on this shared machine the in-JVM broker has answered a burst of pipelined batches
    // with OutOfOrderSequenceException, and a record the setup never wrote is not a delivery the test should wait
    // for. Each send is checked, so a setup failure says so instead of timing out later.
    producerProps.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(producerProps,
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (int i = 0; i < ALERTS; i++) {
        Alert alert = SampleAlerts.alert(prefix + "-" + i, 1 + i % 3, "JP", "KH");
        sent.add(producer.send(new ProducerRecord<>(topic.name(), alert.getAlertId(), alert)));
        produced.add(alert.getAlertId() + "-v" + alert.getVersion());
      }
      producer.flush();
      for (Future<RecordMetadata> each : sent) {
        each.get(30, TimeUnit.SECONDS);
      }
    }

    try (LoopbackReceiver receiver = LoopbackReceiver.answeringAfter(Duration.ofMillis(60))) {
      Path desk = Files.writeString(dir.resolve("desk.yaml"), """
          channels:
            hook: {type: webhook, url: "%s", secret: "%s"}
          default: [hook]
          """.formatted(receiver.url(), SECRET));
      List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(),
          "--bootstrap-server", broker.bootstrapServers()));
      settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
      Path log = dir.resolve("alerts.log");

      int beforeKill;
      try (NewsroomProcess first = NewsroomProcess.start(log, args)) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
            .untilAsserted(() -> assertThat(distinctIds(receiver)).as(first::tail).hasSizeGreaterThanOrEqualTo(50));
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(20, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
        assertThat(first.process.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
        beforeKill = distinctIds(receiver).size();
      }
      assertThat(beforeKill).as("the receiver had some but not all alerts when the process was killed")
          .isBetween(1, ALERTS - 1);

      try (NewsroomProcess second = NewsroomProcess.start(log, args)) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
            .untilAsserted(() -> assertThat(distinctIds(receiver)).as(second::tail).isEqualTo(produced));
      }

      List<LoopbackReceiver.Request> requests = List.copyOf(receiver.requests);
      WebhookVerifier verifier = new WebhookVerifier(List.of(WebhookSecret.parse(SECRET)), Duration.ofMinutes(5),
          Clock.systemUTC());
      Map<String, Set<String>> idsByAlertVersion = new HashMap<>();
      for (LoopbackReceiver.Request request : requests) {
        String id = request.headers().getFirst("webhook-id");
        verifier.verify(id, request.headers().getFirst("webhook-timestamp"),
            request.headers().getFirst("webhook-signature"), request.body());
        JsonNode body = JSON.readTree(request.body());
        idsByAlertVersion.computeIfAbsent(body.get("alert_id").asText() + "-v" + body.get("version").asInt(),
            key -> new TreeSet<>()).add(id);
      }
      assertThat(idsByAlertVersion.keySet()).as("alert versions in the bodies, deduplicated").isEqualTo(produced);
      idsByAlertVersion.forEach((alertVersion, ids) -> assertThat(ids)
          .as("webhook-ids of every delivery of %s", alertVersion).containsExactly(alertVersion));
      Map<String, Long> repeats = requests.stream().collect(Collectors.groupingBy(
          r -> r.headers().getFirst("webhook-id"), Collectors.counting()));
      long duplicates = requests.size() - repeats.size();
      System.out.printf("CRASH received %d deliveries of %d alerts (%d before SIGKILL), %d duplicates%n",
          requests.size(), produced.size(), beforeKill, duplicates);
    }
  }

  private static Set<String> distinctIds(LoopbackReceiver receiver) {
    return receiver.requests.stream().map(r -> r.headers().getFirst("webhook-id"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
