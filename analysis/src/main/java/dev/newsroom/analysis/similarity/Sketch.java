package dev.newsroom.analysis.similarity;

/**
 * A compact form of a MinHash signature for storage: the low 8 bits of each value (b-bit MinHash). Two
 * values agree by chance with probability 1/256, which {@link #similarity} corrects for; it costs one byte
 * per hash instead of four.
 */
public final class Sketch {

  private static final double CHANCE = 1.0 / 256;

  private Sketch() {}

  public static byte[] of(int[] signature) {
    byte[] sketch = new byte[signature.length];
    for (int i = 0; i < signature.length; i++) {
      sketch[i] = (byte) signature[i];
    }
    return sketch;
  }

  /** Estimated Jaccard similarity, corrected for chance agreement of the low bits; 0 when below chance. */
  public static double similarity(byte[] a, byte[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("sketches of different lengths: " + a.length + " and " + b.length);
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return corrected((double) equal / a.length);
  }

  /** The Jaccard estimate from the share of equal bytes, corrected for chance agreement; 0 when below chance. */
  static double corrected(double share) {
    return Math.max(0, (share - CHANCE) / (1 - CHANCE));
  }
}
