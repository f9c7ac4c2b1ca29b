package dev.newsroom.analysis.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatermarksTest {

  private static final long IDLE = 30_000;

  @Test
  void shouldBeSmallestProgressOverPartitions() {
    Watermarks marks = new Watermarks(2, IDLE, 0);
    marks.observe(0, 5_000, 10);
    assertThat(marks.watermark(10)).as("partition 1 never heard from, not idle yet").isEqualTo(Watermarks.NONE);
    marks.observe(1, 3_000, 20);
    assertThat(marks.watermark(20)).isEqualTo(3_000);
    marks.observe(1, 9_000, 30);
    assertThat(marks.watermark(30)).isEqualTo(5_000);
  }

  @Test
  void shouldNotGoBackWhenRecordArrivesOutOfOrder() {
    Watermarks marks = new Watermarks(1, IDLE, 0);
    marks.observe(0, 5_000, 0);
    assertThat(marks.observe(0, 4_000, 1)).isFalse();
    assertThat(marks.watermark(1)).isEqualTo(5_000);
  }

  @Test
  void shouldExcludePartitionIdleForTheTimeoutOnly() {
    Watermarks marks = new Watermarks(2, IDLE, 0);
    marks.observe(0, 5_000, 0);
    assertThat(marks.watermark(IDLE - 1)).isEqualTo(Watermarks.NONE);
    marks.observe(0, 6_000, IDLE - 1);
    assertThat(marks.watermark(IDLE)).as("partition 1 idle since the start").isEqualTo(6_000);
  }

  @Test
  void shouldReleaseEverythingWhenEveryPartitionIsIdle() {
    Watermarks marks = new Watermarks(2, IDLE, 0);
    marks.observe(0, 5_000, 0);
    marks.observe(1, 7_000, 0);
    assertThat(marks.watermark(IDLE)).isEqualTo(Watermarks.ALL);
    assertThat(marks.maxSeen()).isEqualTo(7_000);
  }

  @Test
  void shouldCountPartitionsBeyondTheExpectedOnceHeardFrom() {
    Watermarks marks = new Watermarks(1, IDLE, 0);
    marks.observe(0, 5_000, 0);
    marks.observe(2, 1_000, 0);
    assertThat(marks.partitions()).isEqualTo(3);
    assertThat(marks.watermark(1)).isEqualTo(Watermarks.NONE);
  }

  /** A task that waited long for its first input must not take the other partitions for idle. */
  @Test
  void shouldCountIdlenessFromTheFirstRecordNotFromTheTasksStart() {
    Watermarks marks = new Watermarks(3, IDLE, 0);
    marks.observe(0, 100_000, 5 * IDLE);

    assertThat(marks.watermark(5 * IDLE)).as("partitions 1 and 2 are just behind, not idle")
        .isEqualTo(Watermarks.NONE);
    marks.observe(1, 40_000, 5 * IDLE + 10);
    marks.observe(2, 60_000, 5 * IDLE + 20);
    assertThat(marks.watermark(5 * IDLE + 20)).isEqualTo(40_000);
    assertThat(marks.watermark(6 * IDLE + 10)).as("partition 1 silent for the timeout since").isEqualTo(60_000);
  }

  @Test
  void shouldNotReleaseAnythingBeforeAnyRecordHowEverLongTheWait() {
    Watermarks marks = new Watermarks(2, IDLE, 0);

    assertThat(marks.watermark(10 * IDLE)).isEqualTo(Watermarks.NONE);
  }

  private static final long QUICK = 5_000;

  @Test
  void shouldTakeCaughtUpPartitionForIdleAfterTheShortQuietOnly() {
    Watermarks marks = new Watermarks(2, IDLE, QUICK, 0);
    marks.observe(0, 5_000, 0);
    marks.offsetSeen(0, 41, 0);
    marks.observe(1, 8_000, 0);
    marks.offsetSeen(1, 9, 0);
    marks.endOffset(0, 42, 100);
    marks.endOffset(1, 10, 100);

    assertThat(marks.watermark(QUICK - 1)).as("quiet, but not for long enough").isEqualTo(5_000);
    assertThat(marks.watermark(QUICK)).as("both caught up and quiet: nothing more is coming")
        .isEqualTo(Watermarks.ALL);
  }

  @Test
  void shouldHoldWatermarkForPartitionWithRecordsNotSeenYetUntilTheFullTimeout() {
    Watermarks marks = new Watermarks(2, IDLE, QUICK, 0);
    marks.observe(0, 5_000, 0);
    marks.offsetSeen(0, 41, 0);
    marks.observe(1, 8_000, 0);
    marks.offsetSeen(1, 9, 0);
    // Partition 0 holds records the task has not seen (behind a slow check, a restore): they may be earlier.
    marks.endOffset(0, 60, 100);
    marks.endOffset(1, 10, 100);

    assertThat(marks.watermark(QUICK)).as("partition 1 caught up and idle; 0 still holds it").isEqualTo(5_000);
    assertThat(marks.watermark(IDLE)).as("the full timeout still lets a stuck partition go")
        .isEqualTo(Watermarks.ALL);
  }

  @Test
  void shouldKeepFullTimeoutForPartitionWhoseEndOffsetIsUnknown() {
    Watermarks marks = new Watermarks(1, IDLE, QUICK, 0);
    marks.observe(0, 5_000, 0);
    marks.offsetSeen(0, 41, 0);

    assertThat(marks.watermark(QUICK)).isEqualTo(5_000);
    assertThat(marks.watermark(IDLE)).isEqualTo(Watermarks.ALL);
  }

  @Test
  void shouldTakeEmptyPartitionForCaughtUp() {
    Watermarks marks = new Watermarks(2, IDLE, QUICK, 0);
    marks.observe(0, 5_000, 0);
    marks.offsetSeen(0, 0, 0);
    marks.endOffset(0, 1, 0);
    marks.endOffset(1, 0, 0);

    assertThat(marks.watermark(QUICK)).as("partition 1 never had a record").isEqualTo(Watermarks.ALL);
  }
}
