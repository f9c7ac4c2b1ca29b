package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
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

  @Test
  void shouldFailOnlyTheReleaseItsSerializerCannotWriteWithTheSerializersReason() {
    Serializer<RawRelease> registryDown = (topic, value) -> {
      if (value.getId().equals("mfa-1")) {
        throw new SerializationException("the schema registry at http://127.0.0.1:1 is unreachable");
      }
      return new byte[0];
    };
    MockProducer<String, RawRelease> producer =
        new MockProducer<>(true, null, (topic, key) -> new byte[0], registryDown);

    List<PublishOutcome> outcomes;
    try (ReleasePublisher publisher = new ReleasePublisher(producer, "raw")) {
      outcomes = publisher.publish(List.of(ReadItem.ok("a.txt", release("mfa-1")), ReadItem.ok("b.txt", release("mfa-2"))));
    }

    assertThat(outcomes.get(0).isPublished()).isFalse();
    assertThat(outcomes.get(0).error())
        .isEqualTo("cannot encode it: the schema registry at http://127.0.0.1:1 is unreachable");
    assertThat(outcomes.get(1).isPublished()).isTrue();
  }

  private static RawRelease release(String id) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource("Ministry", SourceKind.MINISTRY))
        .setBody("Text of the release.")
        .setReceivedAt(Instant.parse("2024-03-03T08:15:30.250Z"))
        .build();
  }
}
