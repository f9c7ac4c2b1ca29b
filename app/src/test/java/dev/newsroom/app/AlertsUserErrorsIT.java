package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.channel.LoopbackReceiver;
import dev.newsroom.schemas.TopicSpec;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary mistakes in {@code newsroom alerts} (issue 13 item 9) end with one line that says what and where, on a
 * real broker: a webhook that refuses an alert names its URL once; a taken port names the component and the port.
 * No stack trace.
 */
@ExtendWith(KafkaBrokerExtension.class)
class AlertsUserErrorsIT {

  @TempDir
  Path dir;
  private final Map<String, String> settings = new HashMap<>();
  private NewsroomConfig config;

  @BeforeEach
  void topics(KafkaBroker broker) {
    settings.putAll(FreshTopics.on(broker));
    settings.put("newsroom.metrics.port", "0");
    config = NewsroomConfig.load(null, Map.of(), settings);
    KafkaSetup.ensureTopics(config);
  }

  private List<String> args(String... first) {
    List<String> args = new ArrayList<>(List.of(first));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    return args;
  }

  private void publish(String alertId) throws Exception {
    TopicSpec<String, Alert> topic = config.topics().alerts();
    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(config.kafka("producer"),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), alertId, SampleAlerts.alert(alertId, 1, "JP", "KH"))).get();
    }
  }

  @Test
  void shouldReportRefusedWebhookInOneLineNamingItsUrlOnce() throws Exception {
    publish("upg-refused");
    try (LoopbackReceiver receiver = new LoopbackReceiver(400)) {
      Cli result = Cli.run(args("alerts", "--webhook", receiver.url(), "--quiet", "--from-beginning",
          "--idle-exit", "10").toArray(String[]::new));

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("newsroom: webhook " + receiver.url() + " refused alert upg-refused-v1: "
          + "HTTP 400").doesNotContain("\tat ").doesNotContain("Exception");
      assertThat(result.err().split(Pattern.quote(receiver.url()), -1)).as(result.err()).hasSize(2);
    }
  }

  @Test
  void shouldNameTheDeskPageAndItsPortWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      settings.put("newsroom.page.port", Integer.toString(taken.getLocalPort()));
      settings.put("newsroom.page.token", "it-user-errors-token-0123456789");
      Path desk = Files.writeString(dir.resolve("desk.yaml"),
          "channels: {console: {type: console}}\ndefault: console\n");

      Cli result = Cli.run(args("alerts", "--desk", desk.toString(), "--page", "--idle-exit", "5")
          .toArray(String[]::new));

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("the desk page cannot listen on 127.0.0.1:" + taken.getLocalPort()
          + ": the port is in use by another program").contains("newsroom.page.port")
          .doesNotContain("\tat ").doesNotContain("Exception");
    }
  }
}
