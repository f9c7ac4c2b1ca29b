package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tail of the input is final seconds after it stops once the deduplication knows it has read the raw topic
 * to its end, and only after the full idle timeout when it does not know, or when records are still unread.
 */
class CaughtUpWatermarkTest {

  private static final PipelineSettings SETTINGS = PipelineSettings.defaults().withPartitions(1);
  private static final Duration AFTER_GRACE = SETTINGS.dedupGrace().plusSeconds(1);
  private final Topics topics = Topics.defaults();
  /** The raw partition's end offset as the "broker" tells it. */
  private final AtomicLong endOffset = new AtomicLong(-1);
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, TaggedRelease> tagged;

  @TempDir
  Path stateDir;

  private void start(boolean endOffsetsKnown) {
    Properties props = NewsroomTopologyTest.props();
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    if (endOffsetsKnown) {
      props.put(RawEndOffsets.CONFIG, (RawEndOffsets) () -> endOffset.get() < 0 ? Map.of() : Map.of(0, endOffset.get()));
    }
    driver = new TopologyTestDriver(NewsroomTopology.build(topics, SETTINGS, props), props);
    raw = driver.createInputTopic(topics.rawReleases().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    tagged = driver.createOutputTopic(topics.taggedReleases().name(), Serdes.String().deserializer(),
        topics.taggedReleases().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void publish(String id) {
    RawRelease release = Releases.release(id, SourceKind.MINISTRY, null, Releases.UPGRADE_TEXT,
        Instant.parse("2022-11-12T09:00:00Z"));
    raw.pipeInput(id, Contracts.RAW_RELEASE.encode(release), release.getReceivedAt());
  }

  @Test
  void shouldJudgeTailOfInputOnceCaughtUpAndQuietForTheGrace() {
    start(true);
    publish("ministry-1");
    endOffset.set(1);

    driver.advanceWallClockTime(AFTER_GRACE);

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
  }

  @Test
  void shouldHoldTailWhileRawPartitionHasRecordsNotReadYet() {
    start(true);
    publish("ministry-1");
    endOffset.set(5);

    driver.advanceWallClockTime(AFTER_GRACE);
    assertThat(tagged.isEmpty()).as("four records not read yet may be earlier").isTrue();
    driver.advanceWallClockTime(SETTINGS.dedupIdleTimeout());
    assertThat(tagged.readValuesToList()).as("the full timeout lets it go").hasSize(1);
  }

  @Test
  void shouldWaitFullIdleTimeoutWhenEndOffsetsAreUnknown() {
    start(false);
    publish("ministry-1");

    driver.advanceWallClockTime(AFTER_GRACE);
    assertThat(tagged.isEmpty()).isTrue();
    driver.advanceWallClockTime(SETTINGS.dedupIdleTimeout());
    assertThat(tagged.readValuesToList()).hasSize(1);
  }
}
