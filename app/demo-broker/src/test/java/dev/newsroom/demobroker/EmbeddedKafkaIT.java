package dev.newsroom.demobroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's broker keeps its data in the caller's folder: a second start on it finds the first one's records. */
class EmbeddedKafkaIT {

  @TempDir
  Path data;

  @Test
  void shouldFindTheRecordsOfAnEarlierStartOnTheSameFolder() throws Exception {
    try (EmbeddedKafka broker = EmbeddedKafka.start(data)) {
      assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
      try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
      }
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("kept", "release-1", "before the restart")).get(30, TimeUnit.SECONDS);
      }
    }
    assertThat(data.resolve("log/meta.properties")).exists();

    try (EmbeddedKafka broker = EmbeddedKafka.start(data);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "after-restart",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("kept"));
      List<String> values = new ArrayList<>();
      await().atMost(60, TimeUnit.SECONDS).until(() -> {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
        return !values.isEmpty();
      });
      assertThat(values).containsExactly("before the restart");
    }
    assertThat(Files.isDirectory(data)).as("the caller's folder is kept on close").isTrue();
  }
}
