package dev.newsroom.analysis.dedup;

import java.util.Arrays;

/**
 * The event-time progress of the raw input as one deduplication task sees it: per raw partition, the largest
 * record time seen, and the watermark, the smallest of those over the partitions that are not idle. Every
 * release reaches every task, so every task sees every partition's progress.
 *
 * <p>A partition is idle after {@code idleTimeoutMs} of wall-clock time without a record; an idle partition no
 * longer holds the watermark back. For a partition never heard from, the time counts from the first record of any
 * partition, not from the task's start: a task that waited long for its first input (a slow start, a catch-up
 * behind a restore) must not take the partitions whose first records are just behind for idle, or their releases
 * would all be judged late. When every partition is idle nothing more is coming, and the watermark is unbounded:
 * everything seen is final.
 *
 * <p>A partition known to be caught up (the largest raw offset seen is the last of the partition, as its end
 * offset said lately) is idle sooner, after {@code caughtUpIdleMs}: nothing is waiting upstream to hold the
 * watermark for, so only a record that is yet to be written could, and that one is judged against the grace like
 * any other. So the tail of the input (and everything after a restart, when the timeout starts again) is final
 * seconds after it stops, not after the full timeout, which stays for a partition whose progress is unknown (its
 * last record rejected before deduplication, an end offset that could not be read).
 */
public final class Watermarks {

  /** No partition has progressed: nothing is final. */
  public static final long NONE = Long.MIN_VALUE;
  /** Every partition is idle: everything seen is final. */
  public static final long ALL = Long.MAX_VALUE;

  /** {@link #lastHeard} of a partition while no partition has been heard from. */
  private static final long NOT_STARTED = Long.MIN_VALUE;

  /** {@link #maxOffset} and {@link #endOffset} of a partition whose offsets are not known. */
  private static final long UNKNOWN = -1;

  private final long idleTimeoutMs;
  private final long caughtUpIdleMs;
  private long[] maxTime;
  private long[] lastHeard;
  private long[] maxOffset;
  private long[] endOffset;
  private boolean started;

  /**
   * @param partitions how many raw partitions to expect; one not heard from blocks until idle, and more are
   *     added when heard from
   */
  public Watermarks(int partitions, long idleTimeoutMs, long nowMs) {
    this(partitions, idleTimeoutMs, idleTimeoutMs, nowMs);
  }

  /**
   * @param caughtUpIdleMs how long a caught-up partition may go without records before it is idle (at most
   *     {@code idleTimeoutMs})
   */
  public Watermarks(int partitions, long idleTimeoutMs, long caughtUpIdleMs, long nowMs) {
    if (partitions < 1 || idleTimeoutMs <= 0 || caughtUpIdleMs <= 0) {
      throw new IllegalArgumentException("partitions and idle timeouts must be positive");
    }
    this.idleTimeoutMs = idleTimeoutMs;
    this.caughtUpIdleMs = Math.min(caughtUpIdleMs, idleTimeoutMs);
    this.maxTime = new long[partitions];
    this.lastHeard = new long[partitions];
    this.maxOffset = new long[partitions];
    this.endOffset = new long[partitions];
    Arrays.fill(maxTime, NONE);
    Arrays.fill(lastHeard, NOT_STARTED);
    Arrays.fill(maxOffset, UNKNOWN);
    Arrays.fill(endOffset, UNKNOWN);
  }

  /** The raw offset of a record of the partition (with {@link #observe}), or the largest one restored. */
  public void offsetSeen(int partition, long offset, long nowMs) {
    grow(partition, nowMs);
    maxOffset[partition] = Math.max(maxOffset[partition], offset);
  }

  /** The partition's end offset (the offset its next record will get), as read from the broker lately. */
  public void endOffset(int partition, long offset, long nowMs) {
    grow(partition, nowMs);
    endOffset[partition] = offset;
  }

  /** The largest raw offset seen on the partition, or -1. */
  public long maxOffset(int partition) {
    return partition < maxOffset.length ? maxOffset[partition] : UNKNOWN;
  }

  /** Whether every record the partition held when its end offset was read has been seen. */
  boolean caughtUp(int partition) {
    return endOffset[partition] != UNKNOWN && maxOffset[partition] + 1 >= endOffset[partition];
  }

  /** Restores a partition's progress (from the changelog); it still counts as heard from now. */
  public void restore(int partition, long time, long nowMs) {
    start(nowMs);
    grow(partition, nowMs);
    lastHeard[partition] = nowMs;
    maxTime[partition] = Math.max(maxTime[partition], time);
  }

  /** A record of the partition with this time; returns whether the partition's largest time grew. */
  public boolean observe(int partition, long time, long nowMs) {
    start(nowMs);
    grow(partition, nowMs);
    lastHeard[partition] = nowMs;
    if (time > maxTime[partition]) {
      maxTime[partition] = time;
      return true;
    }
    return false;
  }

  public long maxTime(int partition) {
    return partition < maxTime.length ? maxTime[partition] : NONE;
  }

  public int partitions() {
    return maxTime.length;
  }

  /** The largest time seen on any partition, or {@link #NONE}. */
  public long maxSeen() {
    return Arrays.stream(maxTime).max().orElse(NONE);
  }

  /** The smallest largest time over the partitions not idle at {@code nowMs}; {@link #ALL} if all are idle. */
  public long watermark(long nowMs) {
    long watermark = ALL;
    for (int p = 0; p < maxTime.length; p++) {
      long quiet = nowMs - lastHeard[p];
      boolean idle = quiet >= idleTimeoutMs || (caughtUp(p) && quiet >= caughtUpIdleMs);
      if (!started || !idle) {
        watermark = Math.min(watermark, maxTime[p]);
      }
    }
    return watermark;
  }

  /** The first record of any partition starts every partition's idle clock. */
  private void start(long nowMs) {
    if (!started) {
      started = true;
      Arrays.fill(lastHeard, nowMs);
    }
  }

  private void grow(int partition, long nowMs) {
    if (partition >= maxTime.length) {
      int old = maxTime.length;
      maxTime = Arrays.copyOf(maxTime, partition + 1);
      lastHeard = Arrays.copyOf(lastHeard, partition + 1);
      maxOffset = Arrays.copyOf(maxOffset, partition + 1);
      endOffset = Arrays.copyOf(endOffset, partition + 1);
      Arrays.fill(maxTime, old, partition + 1, NONE);
      Arrays.fill(lastHeard, old, partition + 1, nowMs);
      Arrays.fill(maxOffset, old, partition + 1, UNKNOWN);
      Arrays.fill(endOffset, old, partition + 1, UNKNOWN);
    }
  }
}
