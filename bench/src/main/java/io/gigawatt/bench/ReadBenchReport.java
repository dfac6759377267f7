package io.gigawatt.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The read-side benchmark's report, in Markdown. */
final class ReadBenchReport {
  private final List<SizeRow> sizes = new ArrayList<>();
  private final StringBuilder facts = new StringBuilder();
  private double raw;
  private double rebuildRate;
  private double rebuildSeconds;
  private long rebuildRss;
  private String subscribers = "not measured";
  private String maxLoad = "not measured";
  private Latencies visibleIdle = Latencies.NONE;
  private Latencies visibleLoaded = Latencies.NONE;
  private double loadedRate;
  private Duration took = Duration.ZERO;
  private final StringBuilder timeTravel = new StringBuilder();

  /** One ledger size: how fast it was produced and applied live, and reads at that size. */
  record SizeRow(
      long events,
      double producedPerSecond,
      double appliedPerSecond,
      Latencies countries,
      Latencies oneRegion,
      long rssMib) {}

  void machine(MachineFacts machine, String command) {
    facts.append(
        "- machine: %d cores, %s, %,d MiB; load average at the start %s%n"
            .formatted(
                machine.cores(), machine.cpuModel(), machine.memoryMib(), machine.loadAverage()));
    facts.append("- command: `%s`%n".formatted(command));
  }

  void size(SizeRow row) {
    sizes.add(row);
  }

  void raw(double recordsPerSecond) {
    raw = recordsPerSecond;
  }

  void rebuild(double eventsPerSecond, double seconds, long peakRssMib) {
    rebuildRate = eventsPerSecond;
    rebuildSeconds = seconds;
    rebuildRss = peakRssMib;
  }

  void subscribers(long connected, double appliedPerSecond, long minReceived, long received) {
    subscribers =
        "%d subscribers connected; projection applied %,.0f events/s meanwhile; each subscriber"
                .formatted(connected, appliedPerSecond)
            + " received at least %,d events (%,d in all)".formatted(minReceived, received);
  }

  void maxLoad(double commandsPerSecond, long maxLag, double drainSeconds) {
    maxLoad =
        "%,.0f commands/s straight to site-service; projection lag at most %,d events during the load, drained %.1f s after it stopped"
            .formatted(commandsPerSecond, maxLag, drainSeconds);
  }

  void visibleIdle(Latencies latencies) {
    visibleIdle = latencies;
  }

  void visibleLoaded(Latencies latencies, double commandsPerSecond) {
    visibleLoaded = latencies;
    loadedRate = commandsPerSecond;
  }

  void timeTravel(String query, Latencies latencies) {
    timeTravel.append("| %s | %s |%n".formatted(query, p50p99(latencies)));
  }

  void aborted(String why) {
    facts.append(
        "- **aborted**: %s; the tables below hold what was measured before%n".formatted(why));
  }

  void took(Duration duration) {
    took = duration;
  }

  String text() {
    var out = new StringBuilder("# Read-side benchmark\n\n").append(facts);
    out.append("- took %d s%n%n".formatted(took.toSeconds()));
    out.append("## Projection throughput\n\n");
    out.append(
        "| ledger | produced/s | applied live/s | GET regions p50 / p99 | GET regions/US p50 / p99 | capacity-service RSS |\n");
    out.append("|--:|--:|--:|--:|--:|--:|\n");
    for (SizeRow row : sizes) {
      out.append(
          "| %,d | %,.0f | %,.0f | %s | %s | %d MiB |%n"
              .formatted(
                  row.events(),
                  row.producedPerSecond(),
                  row.appliedPerSecond(),
                  p50p99(row.countries()),
                  p50p99(row.oneRegion()),
                  row.rssMib()));
    }
    out.append(
        "%nRebuild of the whole ledger: **%,.0f events/s** (%.1f s), peak RSS %d MiB. Kafka's raw consumer on the same broker, same run: **%,.0f records/s**.%n%n"
            .formatted(rebuildRate, rebuildSeconds, rebuildRss, raw));
    out.append("## Time travel, on the whole ledger\n\n| query | p50 / p99 |\n|---|--:|\n")
        .append(timeTravel)
        .append("\n");
    out.append("## Live stream\n\n").append(subscribers).append("\n\n");
    out.append("## Command → visible (X-Consistency-Token)\n\n");
    out.append("| load | samples | p50 | p90 | p99 | max |\n|---|--:|--:|--:|--:|--:|\n");
    out.append(row("idle", visibleIdle));
    out.append(row("%,.0f commands/s (half the maximum)".formatted(loadedRate), visibleLoaded));
    out.append("\nMaximum write load: ").append(maxLoad).append("\n");
    return out.toString();
  }

  private static String row(String load, Latencies l) {
    return "| %s | %d | %s | %s | %s | %s |%n"
        .formatted(load, l.count(), ms(l.p50()), ms(l.p90()), ms(l.p99()), ms(l.max()));
  }

  private static String p50p99(Latencies l) {
    return ms(l.p50()) + " / " + ms(l.p99());
  }

  private static String ms(long nanos) {
    return "%.1f ms".formatted(nanos / 1e6);
  }
}
