package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.schemas.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * Pins the topology's shape. Internal topic and store names are part of a running application's state: a
 * change here needs a reset plan, so this test makes every change deliberate. To accept a change, replace
 * {@code topology-description.txt} with the new description printed in the failure.
 */
class TopologyDescriptionTest {

  private final TopologyDescription description = NewsroomTopology
      .build(Topics.defaults(), PipelineSettings.defaults(), NewsroomTopologyTest.props()).describe();

  @Test
  void shouldMatchPinnedDescription() throws IOException {
    try (InputStream pinned = getClass().getResourceAsStream("topology-description.txt")) {
      assertThat(pinned).as("pinned description resource").isNotNull();
      String expected = new String(pinned.readAllBytes(), StandardCharsets.UTF_8);
      if (!description.toString().strip().equals(expected.strip())) {
        // The new description as a file to diff against, or to copy over the pinned one when the change is meant.
        Files.writeString(Path.of("target", "topology-description.actual.txt"), description.toString());
      }
      assertThat(description.toString().strip()).isEqualTo(expected.strip());
    }
  }

  @Test
  void shouldNameEveryOperatorAndInternalTopic() {
    assertThat(description.toString()).doesNotContain("KSTREAM-", "KTABLE-", "KSTREAM-SOURCE");
    assertThat(description.toString())
        .contains("dedup-sketches-repartition", "dedup-verdicts-by-release-repartition",
            "dedup-releases-by-id-repartition", "upgrades-by-pair-repartition", "dedup-copies-by-pair-repartition",
            "stores: [dedup-progress, dedup-sketch-entries]", "stores: [dedup-gathering]",
            "stores: [pair-events, pair-ledger, pair-early-copies]", "stores: [pair-ledger]");
  }

  @Test
  void shouldSplitIntoFourSubtopologies() {
    // check and sketch; sketch matching alone (so raw tasks never wait for their own sketches); the verdict at
    // the release's home; alert correlation
    assertThat(description.subtopologies()).hasSize(4);
  }
}
