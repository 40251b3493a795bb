package io.taskdeck.engine.cluster;

import java.util.List;

/** Nearest-rank percentiles of measured figures. */
final class Percentiles {
  private Percentiles() {}

  static long of(List<Long> values, int percent) {
    List<Long> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  static String summary(List<Long> values) {
    return "n="
        + values.size()
        + " p50="
        + of(values, 50)
        + " ms p95="
        + of(values, 95)
        + " ms max="
        + of(values, 100)
        + " ms";
  }
}
