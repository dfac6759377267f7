package io.gigawatt.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * What a closed-loop load measured in its timed window: operations that completed in the window
 * (each {@code rowsPerOperation} rows or events), failures, and the latencies of the successful
 * ones.
 */
public record LoadResult(
    String label,
    int clients,
    int rowsPerOperation,
    Duration window,
    long completed,
    long errors,
    String firstError,
    Latencies latencies,
    Instant windowStart,
    Instant windowEnd,
    Instant stopped) {

  /** Successful operations per second in the window. */
  public double operationsPerSecond() {
    return completed / seconds(window);
  }

  /** Rows (events) per second in the window. */
  public double rowsPerSecond() {
    return operationsPerSecond() * rowsPerOperation;
  }

  static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
