package io.gigawatt.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Everything one run measured, and what it ran on. */
public record BenchReport(
    String command,
    Instant started,
    Duration elapsed,
    MachineFacts machine,
    String loadAverageAtEnd,
    PostgresFacts postgres,
    String stack,
    String siteService,
    String httpVersion,
    Duration warmup,
    Duration window,
    List<RawRow> raw,
    List<HttpRow> http,
    List<RelayCapacity> relayCapacity) {

  /** The goal for durable appends per second on this machine. */
  public static final double GOAL_APPENDS_PER_SECOND = 5_000;

  public BenchReport {
    raw = List.copyOf(raw);
    http = List.copyOf(http);
    relayCapacity = List.copyOf(relayCapacity);
  }
}
