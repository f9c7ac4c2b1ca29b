package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.Sketch;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.streams.DedupMessage.Partial;
import dev.newsroom.streams.DedupMessage.SketchOf;
import org.junit.jupiter.api.Test;

/**
 * What deduplication keeps per retained release, and sends per release, in bytes. The figures are in the
 * README ("Deduplication"); a change of layout that grows them should be a deliberate one.
 */
class DedupStateSizeTest {

  /** As the producer names releases: "rel-" and 20 hex digits. */
  private static final String ID = "rel-0123456789abcdef0123";
  private final byte[] sketch = Sketch.of(NearDuplicatePolicy.standard().minHash().signature(Releases.UPGRADE_TEXT));

  @Test
  void shouldStoreAboutOneHundredTwentyBytesPerReleasePerTask() {
    int key = SketchEntries.key(1_700_000_000_000L, 12_345L, ID).length;
    int value = SketchEntries.value(SketchEntries.fingerprintBits("ab".repeat(32)), sketch).length;

    assertThat(key).isEqualTo(16 + ID.length());
    assertThat(value).isEqualTo(8 + 72);
    // Every task with a band of the release keeps it: with 24 bands that is every task of a few partitions,
    // so 3 partitions keep 3 copies.
    int perReleaseAtThreePartitions = 3 * (key + value);
    assertThat(perReleaseAtThreePartitions).isEqualTo(360).isLessThanOrEqualTo(500);
  }

  @Test
  void shouldSendSmallSketchAndPartialMessages() {
    byte[] sketchMessage = DedupMessageSerde.encode(new SketchOf(ID, 1L, 2L, 0, 42L, sketch));
    byte[] partial = DedupMessageSerde.encode(new Partial(ID, 1L, 2L, "rel-earlier0123456789ab", 0L, 0.8, false));

    assertThat(sketchMessage).hasSize(1 + 4 + ID.length() + 8 + 8 + 4 + 8 + 4 + 72);
    assertThat(partial.length).isLessThan(100);
  }

  @Test
  void shouldReadBackWhatItWrites() {
    SketchOf sketchOf = new SketchOf(ID, 5L, 7L, 2, 42L, sketch);
    SketchOf read = (SketchOf) DedupMessageSerde.decode(DedupMessageSerde.encode(sketchOf));
    assertThat(read.id()).isEqualTo(ID);
    assertThat(read.offset()).isEqualTo(7L);
    assertThat(read.rawPartition()).isEqualTo(2);
    assertThat(read.sketch()).isEqualTo(sketch);

    Partial none = new Partial(ID, 5L, 7L, null, 0, 0, false);
    assertThat(DedupMessageSerde.decode(DedupMessageSerde.encode(none))).isEqualTo(none);

    TaggedRelease release = new ReleaseTagger(dev.newsroom.analysis.ReleaseAnalyzer.standard())
        .tag(Releases.upgradeReport("ministry-1", dev.newsroom.avro.SourceKind.MINISTRY, Releases.NOV_12_2022));
    DedupMessage.Gathering gathering = new DedupMessage.Gathering("ministry-1", 5L, 7L, release, 2, "x", 3L, 0.5, true);
    assertThat(DedupMessageSerde.decode(DedupMessageSerde.encode(gathering))).isEqualTo(gathering);
  }
}
