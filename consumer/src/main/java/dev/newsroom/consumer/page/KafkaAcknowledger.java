package dev.newsroom.consumer.page;

import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.schemas.TopicSpec;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes what desk officers do on the page to compacted topics keyed by alert id, with CloudEvents headers, and
 * waits for the broker's acknowledgement: acknowledgements ({@code ce_type} {@code dev.newsroom.alert.acknowledged})
 * and corrections ({@code dev.newsroom.alert.corrected}). One producer serves both topics.
 */
public final class KafkaAcknowledger implements Acknowledger, FeedbackRecorder, AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private final TopicSpec<String, AlertAcknowledgement> acks;
  private final TopicSpec<String, AlertFeedback> feedback;

  public KafkaAcknowledger(Properties producerProperties, TopicSpec<String, AlertAcknowledgement> acks,
      TopicSpec<String, AlertFeedback> feedback) {
    this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer());
    this.acks = acks;
    this.feedback = feedback;
  }

  @Override
  public void acknowledge(AlertAcknowledgement ack) throws Exception {
    send(acks, ack.getAlertId(), ack, ack.getAlertId() + "-v" + ack.getVersion() + "/ack/"
        + ack.getAt().toEpochMilli(), "dev.newsroom.alert.acknowledged", ack.getAt());
  }

  @Override
  public void record(AlertFeedback correction) throws Exception {
    send(feedback, correction.getAlertId(), correction, correction.getAlertId() + "-v" + correction.getVersion()
        + "/feedback/" + correction.getAt().toEpochMilli(), "dev.newsroom.alert.corrected", correction.getAt());
  }

  private <V> void send(TopicSpec<String, V> topic, String key, V value, String id, String type, Instant at)
      throws Exception {
    byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, bytes);
    new AlertCloudEvent(id, AlertCloudEvent.SOURCE, type, at, null).addTo(record.headers(), "application/avro");
    producer.send(record).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
