package dev.newsroom.analysis.eval;

/**
 * Confusion counts of one label. Precision and recall are 1 when nothing could be wrong (no predictions,
 * nothing to find), so an empty category does not drag a floor down.
 */
public record Counts(int tp, int fp, int fn, int tn) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts plus(boolean truePositive, boolean falsePositive, boolean falseNegative, boolean trueNegative) {
    return new Counts(tp + (truePositive ? 1 : 0), fp + (falsePositive ? 1 : 0), fn + (falseNegative ? 1 : 0),
        tn + (trueNegative ? 1 : 0));
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Cases counted: support of the label. */
  public int total() {
    return tp + fp + fn + tn;
  }
}
