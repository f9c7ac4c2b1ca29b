package dev.newsroom.streams;

import static dev.newsroom.streams.Releases.NOV_12_2022;
import static dev.newsroom.streams.Releases.SPORTS_TEXT;
import static dev.newsroom.streams.Releases.release;
import static dev.newsroom.streams.Releases.upgradeReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Every step fails safely: a failure injected into each processor the record passes through (with Kafka Streams'
 * processor wrapper) sends that record to the rejected topic with the step's name, and the next release still
 * goes through.
 */
class FailSafeStepsTest {

  private final Topics topics = Topics.defaults();

  private record Outcome(List<RejectedRecord> rejected, List<String> tagged) {}

  @Test
  void shouldRejectTheRecordWithItsStepWhenAnyStepThrowsAndGoOn() {
    FailingStepWrapper.SEEN.clear();
    Outcome clean = run("");
    assertThat(clean.rejected()).isEmpty();
    Set<String> steps = new TreeSet<>(FailingStepWrapper.SEEN);
    // The poisoned release is an upgrade report: it goes through checking, deduplication and the event steps.
    assertThat(steps).hasSizeGreaterThanOrEqualTo(3);

    List<String> unsafe = new ArrayList<>();
    for (String step : steps) {
      Outcome failed = run(step);
      boolean rejectedWithStep = failed.rejected().stream().anyMatch(rejection -> rejection.getStep().equals(step)
          && rejection.getReason().contains("injected failure at " + step));
      if (!rejectedWithStep || !failed.tagged().contains("sports-1")) {
        unsafe.add(step + " (rejected " + failed.rejected().stream().map(RejectedRecord::getStep).toList()
            + ", tagged " + failed.tagged() + ")");
      }
    }
    assertThat(unsafe).as("steps whose failure was not rejected or stopped later releases").isEmpty();
  }

  private Outcome run(String failAt) {
    Properties props = NewsroomTopologyTest.props();
    props.put(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, FailingStepWrapper.class.getName());
    props.put(FailingStepWrapper.FAIL_AT, failAt);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        RejectingProcessingExceptionHandler.class.getName());
    props.put(RejectingProcessingExceptionHandler.REJECTED_TOPIC, topics.rejected().name());
    try (TopologyTestDriver driver = new TopologyTestDriver(
        NewsroomTopology.build(topics, PipelineSettings.defaults().withPartitions(1), props), props)) {
      TestInputTopic<String, byte[]> raw = driver.createInputTopic(topics.rawReleases().name(),
          Serdes.String().serializer(), Serdes.ByteArray().serializer());
      RawRelease poisoned = upgradeReport("upgrade-1", SourceKind.MINISTRY, NOV_12_2022);
      raw.pipeInput(poisoned.getId(), Contracts.RAW_RELEASE.encode(poisoned), FailingStepWrapper.POISON_TIMESTAMP);
      RawRelease sports = release("sports-1", SourceKind.NEWSPAPER, "Marathon record", SPORTS_TEXT,
          NOV_12_2022.plusSeconds(120));
      raw.pipeInput(sports.getId(), Contracts.RAW_RELEASE.encode(sports), NOV_12_2022.plusSeconds(180));
      // A much later release moves stream time past any grace period, so earlier verdicts are final.
      RawRelease later = release("sports-2", SourceKind.NEWSPAPER, "Weather", "Rain is expected over the capital "
          + "for most of the week, with cooler nights and strong winds along the coast on Thursday.",
          NOV_12_2022.plusSeconds(7200));
      raw.pipeInput(later.getId(), Contracts.RAW_RELEASE.encode(later), NOV_12_2022.plusSeconds(7260));

      List<RejectedRecord> rejected = driver.createOutputTopic(topics.rejected().name(),
          Serdes.String().deserializer(), topics.rejected().valueSerde().deserializer()).readValuesToList();
      List<String> tagged = driver.createOutputTopic(topics.taggedReleases().name(), Serdes.String().deserializer(),
          topics.taggedReleases().valueSerde().deserializer()).readRecordsToList().stream()
          .map(TestRecord::value).map(TaggedRelease::getId).toList();
      return new Outcome(rejected, tagged);
    }
  }
}
