package io.gigawatt.bench.fuzz;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A fuzz run: its {@code seed} (same seed and size, same requests), how many requests, on how many
 * connections at once, the pace of anonymous requests (the gateway limits them per address), the
 * labels of known cases to leave out ({@code skip}, by prefix), and optionally one request only
 * ({@code only}, to reproduce it).
 */
public record FuzzOptions(
    long seed,
    int requests,
    int workers,
    double anonymousPerSecond,
    Set<String> skip,
    OptionalInt only,
    Duration timeout) {

  public FuzzOptions {
    skip = Set.copyOf(skip);
    if (requests < 1 || workers < 1) {
      throw new IllegalArgumentException("requests and workers must be at least 1");
    }
  }

  public static FuzzOptions of(long seed, int requests) {
    return new FuzzOptions(
        seed, requests, 4, 15, Set.of(), OptionalInt.empty(), Duration.ofSeconds(30));
  }

  public FuzzOptions skipping(Set<String> labels) {
    return new FuzzOptions(seed, requests, workers, anonymousPerSecond, labels, only, timeout);
  }

  public FuzzOptions withWorkers(int count) {
    return new FuzzOptions(seed, requests, count, anonymousPerSecond, skip, only, timeout);
  }

  public FuzzOptions onlyRequest(int index) {
    return new FuzzOptions(
        seed, requests, workers, anonymousPerSecond, skip, OptionalInt.of(index), timeout);
  }
}
