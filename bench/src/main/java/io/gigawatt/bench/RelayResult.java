package io.gigawatt.bench;

import java.time.Duration;

/**
 * The outbox relay under a load, from the event store's own timestamps: events published during the
 * timed window, the backlog ({@code published_at is null}) sampled during the load, how fast the
 * backlog left at the load's stop drained, and the lag from {@code recorded_at} to {@code
 * published_at} of the events recorded in the window.
 */
public record RelayResult(
    Duration window,
    long recordedInWindow,
    long publishedInWindow,
    long maxBacklog,
    long backlogAtStop,
    long drained,
    Duration drain,
    boolean drainedFully,
    double lagP50Millis,
    double lagP99Millis,
    double lagMaxMillis) {

  public double publishedPerSecond() {
    return publishedInWindow / LoadResult.seconds(window);
  }

  /** Events per second while draining the backlog left at the stop; 0 when there was none. */
  public double drainPerSecond() {
    double seconds = LoadResult.seconds(drain);
    return drained == 0 || seconds <= 0 ? 0 : drained / seconds;
  }
}
