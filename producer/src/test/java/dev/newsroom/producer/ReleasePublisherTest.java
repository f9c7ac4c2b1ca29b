package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class ReleasePublisherTest {

  @Test
  void shouldStampRecordWithTimeReleaseWasReceived() {
    Instant received = Instant.parse("2024-03-03T08:15:30.250Z");
    RawRelease release = RawRelease.newBuilder()
        .setId("mfa-1")
        .setSource(new ReleaseSource("Ministry", SourceKind.MINISTRY))
        .setBody("Text of the release.")
        .setReceivedAt(received)
        .build();
    Serializer<RawRelease> ignored = (topic, value) -> new byte[0];
    MockProducer<String, RawRelease> producer = new MockProducer<>(true, null, (topic, key) -> new byte[0], ignored);

    try (ReleasePublisher publisher = new ReleasePublisher(producer, "raw")) {
      publisher.publish(List.of(ReadItem.ok("file.txt", release)));
    }

    assertThat(producer.history()).singleElement().satisfies((ProducerRecord<String, RawRelease> record) -> {
      assertThat(record.key()).isEqualTo("mfa-1");
      assertThat(record.timestamp()).isEqualTo(received.toEpochMilli());
    });
  }
}
