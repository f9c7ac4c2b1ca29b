package dev.newsroom.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Minimum, median and percentiles of repeated measurements. */
final class Stats {

  private Stats() {}

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** Nearest-rank percentile. */
  static double percentile(List<? extends Number> values, double percent) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>();
    values.forEach(value -> sorted.add(value.doubleValue()));
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** "min / median" of repeated runs, formatted. */
  static String minMedian(List<Double> values, String format) {
    return String.format(format, min(values)) + " / " + String.format(format, median(values));
  }

  /** "min-max" of repeated runs, formatted. */
  static String range(List<Double> values, String format) {
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return String.format(format, min(values)) + "–" + String.format(format, max);
  }
}
