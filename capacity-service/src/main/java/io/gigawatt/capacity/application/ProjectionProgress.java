package io.gigawatt.capacity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * How a generation's projection is doing, as its consumer reports it: events applied, the recent
 * rate, the lag behind the topics, the last poll and the last failure. Thread-safe.
 */
public final class ProjectionProgress {
  private static final long RATE_WINDOW_MS = 5_000;

  private final ViewGeneration generation;
  private final List<BiConsumer<ViewGeneration, Projected>> listeners;
  private final Clock clock;
  private final Deque<long[]> recent = new ArrayDeque<>();
  private long applied;
  private long deadLetters;
  private long duplicates;
  private long lag = -1;
  private Map<String, Long> lagByPartition = Map.of();
  private final Map<String, Long> positions = new TreeMap<>();
  private Instant lastPoll;
  private String lastFailure;
  private boolean stopped;

  public ProjectionProgress(
      ViewGeneration generation,
      List<BiConsumer<ViewGeneration, Projected>> listeners,
      Clock clock) {
    this.generation = generation;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** A consistent reading of the progress. */
  public record Snapshot(
      ViewGeneration generation,
      long eventsApplied,
      long duplicates,
      long deadLetters,
      double eventsPerSecond,
      long lag,
      Map<String, Long> lagByPartition,
      Map<String, Long> positions,
      Double etaSeconds,
      Instant lastPoll,
      String lastFailure,
      boolean stopped) {}

  /**
   * @param lagByPartition records not read yet, by {@code topic-partition}
   */
  public synchronized void polled(Map<String, Long> lagByPartition) {
    this.lagByPartition = Map.copyOf(lagByPartition);
    this.lag = lagByPartition.values().stream().mapToLong(Long::longValue).sum();
    this.lastPoll = clock.instant();
  }

  /**
   * @param offsets the next offset of each partition the batch read from
   */
  public void applied(Projected projected, int deadLettered, List<PartitionOffset> offsets) {
    synchronized (this) {
      offsets.forEach(o -> positions.put(o.topic() + "-" + o.partition(), o.nextOffset()));
      applied += projected.applied().size();
      duplicates += projected.duplicates();
      deadLetters += deadLettered;
      lastFailure = null;
      long now = clock.millis();
      recent.addLast(new long[] {now, projected.applied().size() + projected.duplicates()});
      while (!recent.isEmpty() && recent.peekFirst()[0] < now - RATE_WINDOW_MS) {
        recent.removeFirst();
      }
    }
    listeners.forEach(listener -> listener.accept(generation, projected));
  }

  public synchronized void failed(Exception e) {
    lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  public synchronized void stopped() {
    stopped = true;
  }

  public synchronized Snapshot snapshot() {
    long now = clock.millis();
    long windowEvents =
        recent.stream().filter(r -> r[0] >= now - RATE_WINDOW_MS).mapToLong(r -> r[1]).sum();
    double rate = windowEvents * 1000.0 / RATE_WINDOW_MS;
    Double eta = null;
    if (lag == 0) {
      eta = 0.0;
    } else if (lag > 0 && rate > 0) {
      eta = lag / rate;
    }
    return new Snapshot(
        generation,
        applied,
        duplicates,
        deadLetters,
        rate,
        lag,
        lagByPartition,
        Map.copyOf(positions),
        eta,
        lastPoll,
        lastFailure,
        stopped);
  }
}
