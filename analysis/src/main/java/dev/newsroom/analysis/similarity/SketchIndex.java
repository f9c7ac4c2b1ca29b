package dev.newsroom.analysis.similarity;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * A compact in-memory LSH index of retained releases, for one deduplication task: each release is its id, its
 * event time, a 64-bit content fingerprint and its sketch, in flat arrays; each of its band keys that this task
 * owns ({@code ownsBand}) is one {@code long} cell of an open-addressing table (32 bits of band key, 32 bits of
 * slot). About 100 bytes of arrays plus 16 bytes per owned band per release, instead of several objects per band.
 *
 * <p>It answers one question, {@link #earliestMatch}: the earliest release, by (time, id), that shares an owned
 * band with a given one and is similar enough. Deciding by the earliest rather than the most similar is what
 * makes the verdict the same in every task and every order: the original of a family is its earliest member.
 */
public final class SketchIndex {

  /** A similar release: exact when the fingerprints are equal. */
  public record Match(String id, long time, double similarity, boolean exact) {

    /** Whether this match comes before another by (time, id), the order that picks a family's original. */
    public boolean before(Match other) {
      return OrderKey.compare(time, id, other.time, other.id) < 0;
    }
  }

  private final NearDuplicatePolicy policy;
  private final LongPredicate ownsBand;
  private final int hashes;
  private String[] ids = new String[16];
  private long[] times = new long[16];
  private long[] fingerprints = new long[16];
  private byte[] sketches;
  private int size;
  private long[] cells = new long[64];
  private int usedCells;

  public SketchIndex(NearDuplicatePolicy policy, LongPredicate ownsBand) {
    this.policy = policy;
    this.ownsBand = ownsBand;
    this.hashes = policy.bands() * policy.rows();
    this.sketches = new byte[16 * hashes];
  }

  /** Whether this task owns at least one band of the sketch, i.e. must remember it. */
  public boolean ownsAnyBand(byte[] sketch) {
    for (long key : policy.bandKeys(sketch)) {
      if (ownsBand.test(key)) {
        return true;
      }
    }
    return false;
  }

  /** Remembers a release and returns its slot (valid until the next {@link #forgetBefore} that compacts). */
  public int add(String id, long time, long fingerprint, byte[] sketch) {
    if (sketch.length != hashes) {
      throw new IllegalArgumentException("sketch of " + sketch.length + " bytes, expected " + hashes);
    }
    if (size == ids.length) {
      int capacity = size * 2;
      ids = Arrays.copyOf(ids, capacity);
      times = Arrays.copyOf(times, capacity);
      fingerprints = Arrays.copyOf(fingerprints, capacity);
      sketches = Arrays.copyOf(sketches, capacity * hashes);
    }
    int slot = size++;
    ids[slot] = id;
    times[slot] = time;
    fingerprints[slot] = fingerprint;
    System.arraycopy(sketch, 0, sketches, slot * hashes, hashes);
    for (long key : policy.bandKeys(sketch)) {
      if (ownsBand.test(key)) {
        insertCell(key32(key), slot);
      }
    }
    return slot;
  }

  public int size() {
    return size;
  }

  public String id(int slot) {
    return ids[slot];
  }

  public long time(int slot) {
    return times[slot];
  }

  /**
   * The earliest release (by time, then id) that shares an owned band with the one in {@code slot}, is within
   * {@code retentionMs} of it and has similarity at or above the policy's threshold.
   *
   * @param earlierOnly whether only releases before this one count (a verdict in time); a late release, decided
   *     after its grace, takes any similar release
   */
  public Optional<Match> earliestMatch(int slot, boolean earlierOnly, long retentionMs) {
    byte[] sketch = Arrays.copyOfRange(sketches, slot * hashes, slot * hashes + hashes);
    Match best = null;
    int mask = cells.length - 1;
    for (long key : policy.bandKeys(sketch)) {
      if (!ownsBand.test(key)) {
        continue;
      }
      int key32 = key32(key);
      for (int i = start(key32, mask); cells[i] != 0; i = (i + 1) & mask) {
        if ((int) (cells[i] >>> 32) != key32) {
          continue;
        }
        int other = (int) cells[i] - 1;
        if (other == slot || Math.abs(times[other] - times[slot]) > retentionMs
            || (earlierOnly && OrderKey.compare(times[other], ids[other], times[slot], ids[slot]) >= 0)
            || (best != null && OrderKey.compare(times[other], ids[other], best.time(), best.id()) >= 0)) {
          continue;
        }
        boolean exact = fingerprints[other] == fingerprints[slot];
        double similarity = exact ? 1.0 : similarity(sketch, other);
        if (similarity >= policy.threshold()) {
          best = new Match(ids[other], times[other], similarity, exact);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Forgets releases older than {@code minTime}. Compacts only when at least half the entries are gone, so the
   * cost is paid rarely; then returns the new slot of every old slot (-1 when forgotten), else null.
   */
  public int[] forgetBefore(long minTime) {
    int expired = 0;
    for (int slot = 0; slot < size; slot++) {
      if (times[slot] < minTime) {
        expired++;
      }
    }
    if (expired == 0 || expired * 2 < size) {
      return null;
    }
    int[] moved = new int[size];
    int kept = 0;
    for (int slot = 0; slot < size; slot++) {
      if (times[slot] < minTime) {
        moved[slot] = -1;
        ids[slot] = null;
        continue;
      }
      moved[slot] = kept;
      ids[kept] = ids[slot];
      times[kept] = times[slot];
      fingerprints[kept] = fingerprints[slot];
      System.arraycopy(sketches, slot * hashes, sketches, kept * hashes, hashes);
      kept++;
    }
    Arrays.fill(ids, kept, size, null);
    size = kept;
    cells = new long[Math.max(64, Integer.highestOneBit(Math.max(1, size * policy.bands())) * 2)];
    usedCells = 0;
    byte[] sketch = new byte[hashes];
    for (int slot = 0; slot < size; slot++) {
      System.arraycopy(sketches, slot * hashes, sketch, 0, hashes);
      for (long key : policy.bandKeys(sketch)) {
        if (ownsBand.test(key)) {
          insertCell(key32(key), slot);
        }
      }
    }
    return moved;
  }

  /** {@link Sketch#similarity} against a stored sketch, compared in place (this runs for every candidate). */
  private double similarity(byte[] sketch, int other) {
    int equal = 0;
    int base = other * hashes;
    for (int i = 0; i < hashes; i++) {
      if (sketch[i] == sketches[base + i]) {
        equal++;
      }
    }
    return Sketch.corrected((double) equal / hashes);
  }

  private void insertCell(int key32, int slot) {
    if ((usedCells + 1) * 2 > cells.length) {
      long[] old = cells;
      cells = new long[old.length * 2];
      usedCells = 0;
      for (long cell : old) {
        if (cell != 0) {
          insertCell((int) (cell >>> 32), (int) cell - 1);
        }
      }
    }
    int mask = cells.length - 1;
    int i = start(key32, mask);
    while (cells[i] != 0) {
      i = (i + 1) & mask;
    }
    cells[i] = ((long) key32 << 32) | ((slot + 1) & 0xFFFFFFFFL);
    usedCells++;
  }

  private static int key32(long key) {
    return (int) (key ^ (key >>> 32));
  }

  private static int start(int key32, int mask) {
    return (int) MinHash.mix(key32) & mask;
  }
}
