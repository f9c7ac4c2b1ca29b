package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.consumer.channel.LoopbackReceiver;
import dev.newsroom.consumer.webhook.WebhookSecret;
import dev.newsroom.consumer.webhook.WebhookVerifier;
import dev.newsroom.schemas.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsroom alerts --desk} against a real broker and real HTTP receivers on loopback. */
@ExtendWith(KafkaBrokerExtension.class)
class RoutedDeliveryIT {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @TempDir
  Path dir;
  private KafkaBroker broker;
  private Map<String, String> settings;
  private NewsroomConfig config;

  @BeforeEach
  void topics(KafkaBroker broker) {
    this.broker = broker;
    settings = new HashMap<>();
    settings.putAll(FreshTopics.on(broker));
    settings.put("newsroom.delivery.attempts", "4");
    settings.put("newsroom.delivery.retry.initial", "200ms");
    settings.put("newsroom.delivery.retry.max", "400ms");
    settings.put("newsroom.delivery.try.attempts", "1");
    settings.put("newsroom.metrics.port", "0");
    config = NewsroomConfig.load(null, Map.of(), settings);
    KafkaSetup.ensureTopics(config);
  }

  private void publish(Alert... alerts) throws Exception {
    TopicSpec<String, Alert> topic = config.topics().alerts();
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(config.kafka("producer"),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      for (Alert alert : alerts) {
        producer.send(new ProducerRecord<>(topic.name(), alert.getAlertId(), alert)).get();
      }
    }
  }

  private Cli alerts(Path desk) {
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--idle-exit", "3"));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    return Cli.run(args.toArray(String[]::new));
  }

  private Path desk(LoopbackReceiver flaky, LoopbackReceiver down, LoopbackReceiver teams) throws Exception {
    return Files.writeString(dir.resolve("desk.yaml"), """
        channels:
          flaky-hook: {type: webhook, url: "%s", secret: "%s"}
          down-hook: {type: webhook, url: "%s"}
          desk-teams: {type: teams, url: "%s"}
        routes:
          - match: {countries: [KH]}
            to: [flaky-hook, down-hook, desk-teams]
        default: [desk-teams]
        """.formatted(flaky.url(), SECRET, down.url(), teams.url()));
  }

  @Test
  void shouldRetryFlakyReceiverWithSameIdParkFailingOneAndStillDeliverToOthers() throws Exception {
    try (LoopbackReceiver flaky = new LoopbackReceiver(503, 500, 503, 204);
        LoopbackReceiver down = new LoopbackReceiver(500);
        LoopbackReceiver teams = new LoopbackReceiver(202)) {
      publish(SampleAlerts.alert("upg-it-1", 1, "JP", "KH"), SampleAlerts.alert("upg-it-2", 1, "FR", "DE"));

      Cli result = alerts(desk(flaky, down, teams));

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(flaky.requests).hasSize(4);
      WebhookVerifier verifier = new WebhookVerifier(List.of(WebhookSecret.parse(SECRET)), Duration.ofMinutes(5),
          Clock.systemUTC());
      for (LoopbackReceiver.Request request : flaky.requests) {
        assertThat(request.headers().getFirst("webhook-id")).isEqualTo("upg-it-1-v1");
        assertThat(request.headers().getFirst("ce-id")).isEqualTo("upg-it-1-v1");
        verifier.verify(request.headers().getFirst("webhook-id"), request.headers().getFirst("webhook-timestamp"),
            request.headers().getFirst("webhook-signature"), request.body());
      }
      assertThat(down.requests).hasSize(4);
      assertThat(teams.requests).extracting(r -> r.headers().getFirst("ce-id"))
          .containsExactlyInAnyOrder("upg-it-1-v1", "upg-it-2-v1");

      DeliveryTopics topics = DeliveryTopics.from(config.newsroomSettings());
      try (RecordedTopic<ParkedDelivery> parked = new RecordedTopic<>(broker.bootstrapServers(), topics.parked().name(),
          topics.parked().valueSerde().deserializer());
          RecordedTopic<PendingDelivery> retry = new RecordedTopic<>(broker.bootstrapServers(), topics.retry().name(),
              topics.retry().valueSerde().deserializer())) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(parked.records()).hasSize(1));
        ConsumerRecord<String, ParkedDelivery> record = parked.records().get(0);
        assertThat(record.key()).isEqualTo("upg-it-1-v1/down-hook");
        assertThat(record.value().getChannel()).isEqualTo("down-hook");
        assertThat(record.value().getAttempts()).isEqualTo(4);
        assertThat(record.value().getReason()).contains("HTTP 500");
        assertThat(header(record, "ce_id")).isEqualTo("upg-it-1-v1/down-hook/parked");
        assertThat(header(record, "ce_type")).isEqualTo("dev.newsroom.alert.delivery.parked");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_source")).isEqualTo("urn:newsroom:alerts");
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(config.topics().alerts().valueSerde().deserializer()
            .deserialize("", bytes(record.value().getAlert())).getAlertId()).isEqualTo("upg-it-1");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(retry.records()).hasSize(6));
        assertThat(retry.values()).extracting(PendingDelivery::getChannel)
            .containsOnly("flaky-hook", "down-hook");
        assertThat(retry.values()).filteredOn(p -> p.getChannel().equals("flaky-hook"))
            .extracting(PendingDelivery::getAttempt).containsExactly(1, 2, 3);
        assertThat(header(retry.records().get(0), "ce_type")).isEqualTo("dev.newsroom.alert.delivery.retry");
      }
      assertCommittedToEnd(config.topics().alerts().name());
      assertCommittedToEnd(topics.retry().name());

      Cli again = alerts(desk(flaky, down, teams));
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(teams.requests).as("nothing is delivered twice after the offsets were committed").hasSize(2);
    }
  }

  @Test
  void shouldDeliverFormattedAlertToEveryChannelType() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (LoopbackReceiver webhook = new LoopbackReceiver(204);
        LoopbackReceiver slack = new LoopbackReceiver(200);
        LoopbackReceiver teams = new LoopbackReceiver(202)) {
      publish(SampleAlerts.alert("upg-it-3", 2, "JP", "KH"));
      Path desk = Files.writeString(dir.resolve("all.yaml"), """
          channels:
            hook: {type: webhook, url: "%s", secret: "%s"}
            slack: {type: slack, url: "%s"}
            teams: {type: teams, url: "%s"}
            mail: {type: email, host: 127.0.0.1, port: %d, from: newsroom@example.org, to: [desk@example.org]}
            console: {type: console, json: true}
          default: [hook, slack, teams, mail, console]
          """.formatted(webhook.url(), SECRET, slack.url(), teams.url(), smtp.getSmtp().getPort()));

      Cli result = alerts(desk);

      assertThat(result.exitCode()).as(result.err()).isZero();
      LoopbackReceiver.Request hook = webhook.requests.get(0);
      new WebhookVerifier(List.of(WebhookSecret.parse(SECRET)), Duration.ofMinutes(5), Clock.systemUTC())
          .verify(hook.headers().getFirst("webhook-id"), hook.headers().getFirst("webhook-timestamp"),
              hook.headers().getFirst("webhook-signature"), hook.body());
      assertThat(hook.headers().getFirst("webhook-id")).isEqualTo("upg-it-3-v2");
      assertThat(hook.body()).contains("\"alert_id\":\"upg-it-3\"");
      assertThat(slack.requests).singleElement().satisfies(r -> assertThat(r.body()).contains("\"blocks\":["));
      assertThat(teams.requests).singleElement()
          .satisfies(r -> assertThat(r.body()).contains("\"type\":\"AdaptiveCard\""));
      assertThat(smtp.getReceivedMessages()).singleElement()
          .satisfies(m -> assertThat(m.getMessageID()).isEqualTo("<upg-it-3-v2@newsroom>"));
      assertThat(result.out()).contains("\"alert_id\":\"upg-it-3\"");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void shouldServeLiveDeskPageAndWriteAcknowledgementToTopic() throws Exception {
    publish(SampleAlerts.alert("upg-it-4", 1, "JP", "KH"));
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String token = "it-desk-page-token-0123456789";
    settings.put("newsroom.page.port", Integer.toString(port));
    settings.put("newsroom.page.token", token);
    Path desk = Files.writeString(dir.resolve("page.yaml"), "channels: {console: {type: console}}\ndefault: console\n");
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--page", "--idle-exit", "6"));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    java.util.concurrent.CompletableFuture<Cli> running =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new)));
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.URI base = java.net.URI.create("http://127.0.0.1:" + port + "/");

    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
        java.net.http.HttpRequest.newBuilder(base.resolve("api/alerts?token=" + token)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("\"alert_id\":\"upg-it-4\""));
    java.net.http.HttpResponse<String> ack = http.send(java.net.http.HttpRequest.newBuilder(
            base.resolve("api/alerts/upg-it-4/ack")).header("Authorization", "Bearer " + token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"by\":\"Mai\"}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);
    DeliveryTopics topics = DeliveryTopics.from(config.newsroomSettings());
    try (RecordedTopic<dev.newsroom.avro.delivery.AlertAcknowledgement> acks = new RecordedTopic<>(
        broker.bootstrapServers(), topics.acks().name(), topics.acks().valueSerde().deserializer())) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(acks.records()).singleElement()
          .satisfies(record -> {
            assertThat(record.key()).isEqualTo("upg-it-4");
            assertThat(record.value().getBy()).isEqualTo("Mai");
            assertThat(header(record, "ce_type")).isEqualTo("dev.newsroom.alert.acknowledged");
          }));
    }
    // Another desk instance acknowledges a later version: this page shows it without a restart.
    publish(SampleAlerts.alert("upg-it-4", 2, "JP", "KH"));
    try (dev.newsroom.consumer.page.KafkaAcknowledger otherInstance =
        new dev.newsroom.consumer.page.KafkaAcknowledger(config.kafka("producer"), topics.acks(), topics.feedback())) {
      otherInstance.acknowledge(new dev.newsroom.avro.delivery.AlertAcknowledgement("upg-it-4", 2, "Lin",
          java.time.Instant.now()));
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(http.send(
        java.net.http.HttpRequest.newBuilder(base.resolve("api/alerts?token=" + token)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body()).contains("\"by\":\"Lin\""));
    Cli result = running.get(60, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void shouldRefuseDeskPageWithoutToken() throws Exception {
    Path desk = Files.writeString(dir.resolve("page.yaml"), "channels: {console: {type: console}}\ndefault: console\n");
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--page", "--idle-exit", "1"));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));

    Cli result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("newsroom.page.token").contains("NEWSROOM_PAGE_TOKEN");
  }

  @Test
  void shouldFailAtStartUpWithLineOfBadDeskFile() throws Exception {
    Path desk = Files.writeString(dir.resolve("bad.yaml"), """
        channels:
          console: {type: console}
        routes:
          - match: {countries: [KH]}
            to: [slack]
        default: [console]
        """);

    Cli result = alerts(desk);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bad.yaml:5: ").contains("unknown channel 'slack'");
  }

  private void assertCommittedToEnd(String topic) throws Exception {
    try (Admin admin = Admin.create(config.kafka("admin"))) {
      Map<TopicPartition, OffsetAndMetadata> committed = admin
          .listConsumerGroupOffsets(settings.get("kafka.consumer.group.id")).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().stream().filter(p -> p.topic().equals(topic)).forEach(p -> latest.put(p, OffsetSpec.latest()));
      assertThat(latest).isNotEmpty();
      admin.listOffsets(latest).all().get().forEach((partition, end) ->
          assertThat(committed.get(partition).offset()).as("committed offset of " + partition)
              .isEqualTo(end.offset()));
    }
  }

  private static String header(ConsumerRecord<String, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    java.nio.ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
