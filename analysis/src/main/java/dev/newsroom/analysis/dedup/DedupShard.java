package dev.newsroom.analysis.dedup;

import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.OrderKey;
import dev.newsroom.analysis.similarity.SketchIndex;
import dev.newsroom.analysis.similarity.SketchIndex.Match;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongPredicate;

/**
 * One deduplication task's share of the work, without Kafka: it sees every release (for the watermark), keeps
 * the sketches of those with a band it owns, and gives each release exactly one partial verdict: the earliest
 * similar release in its own bands, or none. Partial verdicts of all tasks are combined by the release's home
 * (the earliest match wins), so the verdict is the same whatever task a copy reached first.
 *
 * <p>A release's verdict waits until it is final: until the watermark has passed its time plus the grace, so
 * that every release before it (from any partition, out of order by up to the grace) has been seen. A release
 * that arrives after that is late: it is decided at once, as a duplicate of any similar release already kept
 * (even a later one, which may already be on the tagged topic), else unique.
 */
public final class DedupShard {

  /** A partial verdict: the earliest similar release this task knows, if any. */
  public record Decision(String id, long time, Optional<Match> match) {}

  /** What became of a release: whether its sketch must be stored, and the verdicts now due. */
  public record Received(boolean remembered, List<Decision> decisions) {}

  private final SketchIndex index;
  private final Watermarks watermarks;
  private final long graceMs;
  private final long retentionMs;
  private final TreeSet<Integer> pending;
  private long decidedThrough = Watermarks.NONE;

  public DedupShard(NearDuplicatePolicy policy, LongPredicate ownsBand, int rawPartitions, Duration grace,
      Duration idleTimeout, Duration retention, long nowMs) {
    this.index = new SketchIndex(policy, ownsBand);
    // A caught-up partition is idle once it has been quiet for the grace: later records are judged against it.
    this.watermarks = new Watermarks(rawPartitions, idleTimeout.toMillis(), grace.toMillis(), nowMs);
    this.graceMs = grace.toMillis();
    this.retentionMs = retention.toMillis();
    this.pending = new TreeSet<>((a, b) -> OrderKey.compare(index.time(a), index.id(a), index.time(b), index.id(b)));
  }

  /** Restores the time through which every release has its verdict (call before {@link #restoreRelease}). */
  public void restoreDecidedThrough(long time) {
    decidedThrough = time;
  }

  public void restoreProgress(int partition, long maxTime, long nowMs) {
    watermarks.restore(partition, maxTime, nowMs);
  }

  /** A raw offset of the partition: seen now in a sketch, or restored as the largest seen before. */
  public void offsetSeen(int partition, long offset, long nowMs) {
    watermarks.offsetSeen(partition, offset, nowMs);
  }

  /** The partition's end offset as the broker told lately (see {@link Watermarks}: a caught-up partition). */
  public void endOffset(int partition, long offset, long nowMs) {
    watermarks.endOffset(partition, offset, nowMs);
  }

  public long maxOffset(int partition) {
    return watermarks.maxOffset(partition);
  }

  /** Restores a remembered release; it is pending again if its verdict was not given yet. */
  public void restoreRelease(String id, long time, long fingerprint, byte[] sketch) {
    int slot = index.add(id, time, fingerprint, sketch);
    if (time > decidedThrough) {
      pending.add(slot);
    }
  }

  /** A release from raw partition {@code rawPartition}. */
  public Received receive(String id, long time, int rawPartition, long fingerprint, byte[] sketch, long nowMs) {
    watermarks.observe(rawPartition, time, nowMs);
    List<Decision> decisions = new ArrayList<>();
    boolean remembered = index.ownsAnyBand(sketch);
    if (!remembered) {
      decisions.add(new Decision(id, time, Optional.empty()));
    } else {
      int slot = index.add(id, time, fingerprint, sketch);
      if (time <= decidedThrough) {
        decisions.add(decide(slot, false));
      } else {
        pending.add(slot);
      }
    }
    decisions.addAll(advance(nowMs));
    return new Received(remembered, decisions);
  }

  /** The verdicts that became due as wall-clock time passed (an idle partition stops holding them back). */
  public List<Decision> tick(long nowMs) {
    return advance(nowMs);
  }

  /** Every release at or before this time has its verdict. */
  public long decidedThrough() {
    return decidedThrough;
  }

  public long maxTime(int partition) {
    return watermarks.maxTime(partition);
  }

  public int rawPartitions() {
    return watermarks.partitions();
  }

  public int remembered() {
    return index.size();
  }

  public int pending() {
    return pending.size();
  }

  /**
   * Forgets releases too old to match anything still undecided; returns the time before which the caller may
   * delete them from its store, or {@link Watermarks#NONE}.
   */
  public long forgetOld() {
    if (decidedThrough == Watermarks.NONE || decidedThrough < Long.MIN_VALUE + retentionMs + graceMs) {
      return Watermarks.NONE;
    }
    long before = decidedThrough - retentionMs - graceMs;
    int[] moved = index.forgetBefore(before);
    if (moved != null) {
      List<Integer> kept = new ArrayList<>();
      pending.forEach(slot -> kept.add(moved[slot]));
      pending.clear();
      kept.stream().filter(slot -> slot >= 0).forEach(pending::add);
    }
    return before;
  }

  private List<Decision> advance(long nowMs) {
    long watermark = watermarks.watermark(nowMs);
    long through = watermark == Watermarks.ALL ? watermarks.maxSeen()
        : watermark == Watermarks.NONE ? Watermarks.NONE : watermark - graceMs;
    if (through <= decidedThrough) {
      return List.of();
    }
    decidedThrough = through;
    List<Decision> decisions = new ArrayList<>();
    while (!pending.isEmpty() && index.time(pending.first()) <= decidedThrough) {
      decisions.add(decide(pending.pollFirst(), true));
    }
    return decisions;
  }

  private Decision decide(int slot, boolean inTime) {
    return new Decision(index.id(slot), index.time(slot), index.earliestMatch(slot, inTime, retentionMs));
  }
}
