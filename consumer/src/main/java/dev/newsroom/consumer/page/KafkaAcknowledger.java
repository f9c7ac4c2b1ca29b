package dev.newsroom.consumer.page;

import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.schemas.TopicSpec;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes acknowledgements to the compacted acknowledgements topic, keyed by alert id, with CloudEvents headers
 * ({@code ce_type} {@code dev.newsroom.alert.acknowledged}), and waits for the broker's acknowledgement.
 */
public final class KafkaAcknowledger implements Acknowledger, AutoCloseable {

  private final KafkaProducer<String, AlertAcknowledgement> producer;
  private final TopicSpec<String, AlertAcknowledgement> topic;

  public KafkaAcknowledger(Properties producerProperties, TopicSpec<String, AlertAcknowledgement> topic) {
    this.producer = new KafkaProducer<>(producerProperties, topic.keySerde().serializer(),
        topic.valueSerde().serializer());
    this.topic = topic;
  }

  @Override
  public void acknowledge(AlertAcknowledgement ack) throws Exception {
    ProducerRecord<String, AlertAcknowledgement> record = new ProducerRecord<>(topic.name(), ack.getAlertId(), ack);
    String id = ack.getAlertId() + "-v" + ack.getVersion() + "/ack/" + ack.getAt().toEpochMilli();
    new AlertCloudEvent(id, AlertCloudEvent.SOURCE, "dev.newsroom.alert.acknowledged", ack.getAt(), null)
        .addTo(record.headers(), "application/avro");
    producer.send(record).get();
  }

  @Override
  public void close() {
    producer.close();
  }
}
