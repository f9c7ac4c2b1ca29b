package dev.newsroom.streams;

import static dev.newsroom.streams.Releases.NOV_12_2022;
import static dev.newsroom.streams.Releases.upgradeReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/**
 * A record that makes a step throw goes to the rejected topic through the serializer {@link NewsroomStreams} hands
 * the handler (the topic's own, in the registry wire format when one is set), not always single-object.
 */
class RejectedWireFormatTest {

  private final Topics topics = Topics.defaults();

  @Test
  void shouldWriteRejectionsWithTheSerializerItIsGiven() {
    Serializer<RejectedRecord> marked = (topic, rejection) -> {
      byte[] body = Contracts.REJECTED_RECORD.encode(rejection);
      byte[] bytes = new byte[body.length + 1];
      bytes[0] = 'M';
      System.arraycopy(body, 0, bytes, 1, body.length);
      return bytes;
    };
    Properties props = NewsroomTopologyTest.props();
    props.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, FailingStepWrapper.class.getName());
    props.put(FailingStepWrapper.FAIL_AT, "correlate-moves");
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        RejectingProcessingExceptionHandler.class.getName());
    props.put(RejectingProcessingExceptionHandler.REJECTED_TOPIC, topics.rejected().name());
    props.put(RejectingProcessingExceptionHandler.REJECTED_SERIALIZER, marked);

    try (TopologyTestDriver driver = new TopologyTestDriver(
        NewsroomTopology.build(topics, PipelineSettings.defaults().withPartitions(1), props), props)) {
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.rawReleases().name(),
          Serdes.String().serializer(), Serdes.ByteArray().serializer());
      RawRelease poisoned = upgradeReport("upgrade-1", SourceKind.MINISTRY, NOV_12_2022);
      raw.pipeInput(poisoned.getId(), Contracts.RAW_RELEASE.encode(poisoned), FailingStepWrapper.POISON_TIMESTAMP);

      List<byte[]> rejected = driver.createOutputTopic(topics.rejected().name(), Serdes.String().deserializer(),
          Serdes.ByteArray().deserializer()).readValuesToList();
      assertThat(rejected).singleElement().satisfies(bytes -> {
        assertThat(bytes[0]).isEqualTo((byte) 'M');
        RejectedRecord rejection = Contracts.REJECTED_RECORD.decode(Arrays.copyOfRange(bytes, 1, bytes.length));
        assertThat(rejection.getStep()).isEqualTo("correlate-moves");
      });
    }
  }
}
