package dev.newsroom.analysis.similarity;

/**
 * When two releases are near-duplicates, and how candidates are found: the signature is cut into
 * {@code bands} bands of {@code rows} values; two releases that agree on a whole band are candidates, and a
 * candidate is a near-duplicate when the estimated similarity reaches {@code threshold}.
 *
 * <p>The chance that two texts of Jaccard similarity {@code s} share a band is {@code 1 - (1 - s^rows)^bands};
 * with 24 bands of 3 rows it is 0.96 at s = 0.5 (0.99 at 0.57, a copy with 10% of its words edited) and 0.02
 * at s = 0.1, so the bands find nearly every near-duplicate while sending few unrelated pairs to verification.
 * 72 hashes (72 bytes of sketch) rather than 126 keep the state per retained release small; the accuracy test
 * holds its floors with them (README, "Near-duplicates").
 *
 * <p>Band keys are taken from the 8-bit {@link Sketch}, not the full signature, so that a stored sketch is all
 * that is needed to rebuild the band index; agreeing low bits only add (verified) candidates, never lose one.
 */
public record NearDuplicatePolicy(int shingleWords, int bands, int rows, double threshold, long seed) {

  public static NearDuplicatePolicy standard() {
    return new NearDuplicatePolicy(3, 24, 3, 0.40, 0x4E657773726F6F6DL);
  }

  public MinHash minHash() {
    return new MinHash(bands * rows, shingleWords, seed);
  }

  /** One key per band: the band's index and a hash of its values, so equal bands at different indexes differ. */
  public long[] bandKeys(int[] signature) {
    return bandKeys(Sketch.of(signature));
  }

  /** The band keys of a stored sketch (one byte per hash), the same as those of the signature it came from. */
  public long[] bandKeys(byte[] sketch) {
    if (sketch.length != bands * rows) {
      throw new IllegalArgumentException("sketch of " + sketch.length + " bytes, expected " + bands * rows);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long slice = 0;
      for (int row = band * rows; row < band * rows + rows; row++) {
        slice = slice * 257 + (sketch[row] & 0xFF);
      }
      keys[band] = MinHash.mix(slice * 0x9E3779B97F4A7C15L + band);
    }
    return keys;
  }

  public boolean isNearDuplicate(int[] a, int[] b) {
    return MinHash.similarity(a, b) >= threshold;
  }
}
