package dev.newsroom.consumer;

import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.schemas.TopicSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics that routed delivery owns, beside the public ones of {@code Topics}: the retry topic, where an alert
 * waits for its next try on one channel, and the parked topic, where it goes after the last try, with the
 * reason (both keyed {@code <alertId>-v<version>/<channel>}), and the compacted acknowledgements topic of the
 * live desk page, keyed by alert id, and the compacted feedback topic, where the page's officers mark alerts wrong
 * (keyed by alert id: the latest correction per alert).
 */
public record DeliveryTopics(TopicSpec<String, PendingDelivery> retry, TopicSpec<String, ParkedDelivery> parked,
    TopicSpec<String, AlertAcknowledgement> acks, TopicSpec<String, AlertFeedback> feedback) {

  public static final String RETRY = "newsroom.topic.alerts.retry";
  public static final String PARKED = "newsroom.topic.alerts.parked";
  public static final String ACKS = "newsroom.topic.alerts.acks";
  public static final String FEEDBACK = "newsroom.topic.feedback";
  public static final Map<String, String> DEFAULT_NAMES = Map.of(
      RETRY, "newsroom.alerts.retry",
      PARKED, "newsroom.alerts.parked",
      ACKS, "newsroom.alerts.acks",
      FEEDBACK, "newsroom.feedback");

  public static DeliveryTopics from(Map<String, String> settings) {
    AvroSerde.trustContracts();
    return new DeliveryTopics(
        // Retries are kept a week (longer than any retry schedule); parked deliveries 90 days, for an operator
        // to inspect and replay.
        TopicSpec.retained(name(settings, RETRY), Serdes.String(),
            new AvroSerde<>(PendingDelivery.class, PendingDelivery.getClassSchema()), Duration.ofDays(7)),
        TopicSpec.retained(name(settings, PARKED), Serdes.String(),
            new AvroSerde<>(ParkedDelivery.class, ParkedDelivery.getClassSchema()), Duration.ofDays(90)),
        new TopicSpec<>(name(settings, ACKS), Serdes.String(),
            new AvroSerde<>(AlertAcknowledgement.class, AlertAcknowledgement.getClassSchema()), true),
        new TopicSpec<>(name(settings, FEEDBACK), Serdes.String(),
            new AvroSerde<>(AlertFeedback.class, AlertFeedback.getClassSchema()), true));
  }

  public List<TopicSpec<?, ?>> all() {
    return List.of(retry, parked, acks, feedback);
  }

  public static String key(String deliveryId, String channel) {
    return deliveryId + "/" + channel;
  }

  private static String name(Map<String, String> settings, String key) {
    String name = settings.getOrDefault(key, DEFAULT_NAMES.get(key)).strip();
    if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(
          key + "='" + name + "' is not a valid Kafka topic name (letters, digits, '.', '_', '-'; 1-249 chars)");
    }
    return name;
  }
}
