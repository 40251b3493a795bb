package io.taskdeck.bench;

import java.util.Arrays;

/**
 * Percentiles of start delays in milliseconds, by the nearest-rank method: the p-th percentile is
 * the smallest value such that at least p% of the values are at or below it. Empty input gives
 * {@link #EMPTY} (all zero, count 0), never a made-up figure.
 */
public record DelayStats(long count, long p50, long p95, long p99, long max) {

  public static final DelayStats EMPTY = new DelayStats(0, 0, 0, 0, 0);

  /** Computes the statistics of {@code delaysMillis}; the array is not modified. */
  public static DelayStats of(long[] delaysMillis) {
    if (delaysMillis.length == 0) {
      return EMPTY;
    }
    long[] sorted = delaysMillis.clone();
    Arrays.sort(sorted);
    return new DelayStats(
        sorted.length,
        nearestRank(sorted, 50),
        nearestRank(sorted, 95),
        nearestRank(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile {@code p} (1..100) of an ascending, non-empty array. */
  static long nearestRank(long[] sorted, int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile must be in 1..100, was " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
