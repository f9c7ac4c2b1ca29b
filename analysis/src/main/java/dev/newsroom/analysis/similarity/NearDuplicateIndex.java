package dev.newsroom.analysis.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory LSH index with the same policy as the topology's band stores, for measuring accuracy on a
 * generated corpus and for tests. Not for production state: it never forgets.
 */
public final class NearDuplicateIndex {

  private final NearDuplicatePolicy policy;
  private final MinHash minHash;
  private final Map<Long, List<Entry>> bands = new HashMap<>();

  public NearDuplicateIndex(NearDuplicatePolicy policy) {
    this.policy = policy;
    this.minHash = policy.minHash();
  }

  /** The most similar earlier text above the threshold, if any; then remembers this one. */
  public Optional<Match> add(String id, String text) {
    int[] signature = minHash.signature(text);
    byte[] sketch = Sketch.of(signature);
    Match best = null;
    for (long key : policy.bandKeys(signature)) {
      List<Entry> entries = bands.computeIfAbsent(key, k -> new ArrayList<>());
      for (Entry entry : entries) {
        double similarity = Sketch.similarity(sketch, entry.sketch());
        if (similarity >= policy.threshold() && (best == null || similarity > best.similarity())) {
          best = new Match(entry.id(), similarity);
        }
      }
      entries.add(new Entry(id, sketch));
    }
    return Optional.ofNullable(best);
  }

  public record Match(String originalId, double similarity) {}

  private record Entry(String id, byte[] sketch) {}
}
