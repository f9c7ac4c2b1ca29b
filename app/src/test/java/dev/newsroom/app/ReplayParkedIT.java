package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.channel.LoopbackReceiver;
import dev.newsroom.schemas.TopicSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** An operator sees a parked delivery with {@code newsroom inspect parked} and re-queues it with {@code replay parked}. */
@ExtendWith(KafkaBrokerExtension.class)
class ReplayParkedIT {

  @TempDir
  Path dir;
  private final Map<String, String> settings = new HashMap<>();

  @BeforeEach
  void topics(KafkaBroker broker) throws Exception {
    settings.putAll(FreshTopics.on(broker));
    settings.put("newsroom.delivery.attempts", "2");
    settings.put("newsroom.delivery.retry.initial", "200ms");
    settings.put("newsroom.delivery.retry.max", "200ms");
    settings.put("newsroom.delivery.try.attempts", "1");
    settings.put("newsroom.metrics.enabled", "false");
    NewsroomConfig config = NewsroomConfig.load(null, Map.of(), settings);
    KafkaSetup.ensureTopics(config);
    TopicSpec<String, Alert> alerts = config.topics().alerts();
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(config.kafka("producer"),
        alerts.keySerde().serializer(), alerts.valueSerde().serializer())) {
      for (Alert alert : List.of(SampleAlerts.alert("upg-rp-1", 1, "JP", "KH"), SampleAlerts.alert("upg-rp-2", 1, "FR", "VN"))) {
        producer.send(new ProducerRecord<>(alerts.name(), alert.getAlertId(), alert)).get();
      }
    }
  }

  private Cli newsroom(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    return Cli.run(args.toArray(String[]::new));
  }

  private Path desk(String hook, String teams) throws Exception {
    return Files.writeString(dir.resolve("desk-" + UUID.randomUUID() + ".yaml"), """
        channels:
          ops-hook: {type: webhook, url: "%s"}
          desk-teams: {type: teams, url: "%s"}
        routes:
          - match: {countries: [KH, VN]}
            to: [ops-hook, desk-teams]
        default: [desk-teams]
        """.formatted(hook, teams));
  }

  @Test
  void shouldShowParkedDeliveriesAndRequeueOneChannelSoThatTheNextRunDeliversThem() throws Exception {
    try (LoopbackReceiver down = new LoopbackReceiver(500); LoopbackReceiver teamsDown = new LoopbackReceiver(500)) {
      Cli first = newsroom("alerts", "--desk", desk(down.url(), teamsDown.url()).toString(), "--idle-exit", "3");
      assertThat(first.exitCode()).as(first.err()).isZero();
    }

    Cli parked = newsroom("inspect", "parked", "--from-beginning");
    assertThat(parked.exitCode()).as(parked.err()).isZero();
    assertThat(parked.out().lines().toList()).hasSize(4)
        .anyMatch(line -> line.startsWith("upg-rp-1-v1 -> ops-hook  parked ") && line.contains(" after 2 failed tries: "));
    Cli parkedJson = newsroom("inspect", "parked", "--from-beginning", "--json", "--key", "upg-rp-1-v1/ops-hook");
    JsonNode line = new ObjectMapper().readTree(parkedJson.out().strip());
    assertThat(line.get("key").asText()).isEqualTo("upg-rp-1-v1/ops-hook");
    assertThat(line.at("/value/channel").asText()).isEqualTo("ops-hook");
    assertThat(line.at("/value/alert/alertId").asText()).as("the alert inside, decoded").isEqualTo("upg-rp-1");
    assertThat(line.at("/value/alert/stage").asText()).isEqualTo("agreed");

    Cli dryRun = newsroom("replay", "parked", "--channel", "ops-hook", "--dry-run");
    assertThat(dryRun.out()).contains("would re-queue 2 parked deliveries");
    Cli replay = newsroom("replay", "parked", "--channel", "ops-hook");
    assertThat(replay.exitCode()).as(replay.err()).isZero();
    assertThat(replay.out()).contains("re-queued upg-rp-1-v1 -> ops-hook", "re-queued upg-rp-2-v1 -> ops-hook",
        "re-queued 2 parked deliveries");

    try (LoopbackReceiver up = new LoopbackReceiver(204); LoopbackReceiver teamsUp = new LoopbackReceiver(202)) {
      Cli second = newsroom("alerts", "--desk", desk(up.url(), teamsUp.url()).toString(), "--idle-exit", "3");
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(up.requests).extracting(r -> r.headers().getFirst("webhook-id"))
          .containsExactlyInAnyOrder("upg-rp-1-v1", "upg-rp-2-v1");
      assertThat(teamsUp.requests).as("the other channel's deliveries stay parked").isEmpty();
    }

    assertThat(newsroom("inspect", "parked", "--key", "upg-rp-1-v1/ops-hook").out().lines().toList())
        .hasSize(2).last().isEqualTo("upg-rp-1-v1/ops-hook  (replayed: re-queued on the retry topic)");
    Cli again = newsroom("replay", "parked", "--channel", "ops-hook");
    assertThat(again.exitCode()).as("replayed deliveries are not queued twice").isEqualTo(1);
    assertThat(again.err()).contains("no parked delivery matches --channel ops-hook (2 parked)");
    Cli oneAlert = newsroom("replay", "parked", "--alert", "upg-rp-2");
    assertThat(oneAlert.out()).contains("re-queued upg-rp-2-v1 -> desk-teams", "re-queued 1 parked delivery");
  }
}
