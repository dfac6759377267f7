package io.gigawatt.bench;

import java.util.Arrays;

/** Latency percentiles (nearest rank) of a set of samples in nanoseconds. */
public record Latencies(int count, long p50, long p90, long p99, long max) {
  public static final Latencies NONE = new Latencies(0, 0, 0, 0, 0);

  public static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /**
   * The nearest-rank percentile: the smallest sample such that at least {@code p} percent of the
   * samples are at or below it. {@code sorted} must be sorted ascending and not empty.
   */
  public static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
