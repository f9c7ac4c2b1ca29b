package dev.newsroom.analysis.similarity;

import java.util.Arrays;

/**
 * When two releases are near-duplicates, and how candidates are found: the signature is cut into
 * {@code bands} bands of {@code rows} values; two releases that agree on a whole band are candidates, and a
 * candidate is a near-duplicate when the estimated similarity reaches {@code threshold}.
 *
 * <p>The chance that two texts of Jaccard similarity {@code s} share a band is {@code 1 - (1 - s^rows)^bands};
 * with 42 bands of 3 rows it is 0.996 at s = 0.5 and 0.04 at s = 0.1, so the bands find nearly every
 * near-duplicate while sending few unrelated pairs to verification.
 */
public record NearDuplicatePolicy(int shingleWords, int bands, int rows, double threshold, long seed) {

  public static NearDuplicatePolicy standard() {
    return new NearDuplicatePolicy(3, 42, 3, 0.40, 0x4E657773726F6F6DL);
  }

  public MinHash minHash() {
    return new MinHash(bands * rows, shingleWords, seed);
  }

  /** One key per band: the band's index and a hash of its values, so equal bands at different indexes differ. */
  public long[] bandKeys(int[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      int[] slice = Arrays.copyOfRange(signature, band * rows, band * rows + rows);
      keys[band] = MinHash.mix(Arrays.hashCode(slice) * 0x9E3779B97F4A7C15L + band);
    }
    return keys;
  }

  public boolean isNearDuplicate(int[] a, int[] b) {
    return MinHash.similarity(a, b) >= threshold;
  }
}
