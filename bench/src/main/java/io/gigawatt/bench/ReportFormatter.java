package io.gigawatt.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report as Markdown: facts, a summary against the goal, one table per measurement. */
public final class ReportFormatter {
  private ReportFormatter() {}

  /** Below this backlog the drain is one or two batches: its rate says nothing. */
  static final long DRAIN_RATE_MIN_BACKLOG = 500;

  public static String markdown(BenchReport r) {
    StringBuilder out = new StringBuilder();
    out.append("# Gigawatt write benchmark\n\n");
    facts(out, r);
    summary(out, r);
    raw(out, r.raw());
    http(out, r.http());
    relay(out, r.http());
    relayCapacity(out, r.relayCapacity());
    cpu(out, r);
    threads(out, r.http());
    errors(out, r);
    return out.toString();
  }

  private static void facts(StringBuilder out, BenchReport r) {
    MachineFacts m = r.machine();
    line(out, "- Command: `%s`", r.command());
    line(out, "- Started %s, took %s", r.started(), human(r.elapsed()));
    line(
        out,
        "- Machine: %d cores (%s), %,d MiB, %s, %s",
        m.cores(),
        m.cpuModel(),
        m.memoryMib(),
        m.os(),
        m.jdk());
    line(
        out,
        "- Load average (1/5/15 min): %s at the start, %s at the end",
        m.loadAverage(),
        r.loadAverageAtEnd());
    line(
        out,
        "- PostgreSQL %s, %s: %s",
        r.postgres().version(),
        r.postgres().durable() ? "durable commits" : "NOT DURABLE",
        r.postgres().settings().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ")));
    line(out, "- Stack: %s", r.stack());
    line(out, "- site-service: %s", r.siteService());
    line(
        out,
        "- Load: closed loop, each client sends its next request when the previous answered; HTTP"
            + " %s with keep-alive; warm-up %s, then a timed window of %s per row",
        r.httpVersion(),
        human(r.warmup()),
        human(r.window()));
    out.append('\n');
  }

  private static void summary(StringBuilder out, BenchReport r) {
    out.append("## Summary\n\n");
    Optional<HttpRow> best =
        r.http().stream().max(Comparator.comparingDouble(h -> h.load().rowsPerSecond()));
    best.ifPresent(
        b ->
            line(
                out,
                "- Durable appends through site-service: best %s/s (variant %s, %d clients, p99 %s"
                    + " ms) = %.0f %% of the goal of %s/s",
                rate(b.load().rowsPerSecond()),
                b.variant().name(),
                b.load().clients(),
                millis(b.load().latencies().p99()),
                100 * b.load().rowsPerSecond() / BenchReport.GOAL_APPENDS_PER_SECOND,
                rate(BenchReport.GOAL_APPENDS_PER_SECOND)));
    for (RawMode mode : RawMode.values()) {
      r.raw().stream()
          .filter(row -> row.mode() == mode)
          .max(Comparator.comparingDouble(row -> row.load().rowsPerSecond()))
          .ifPresent(
              row ->
                  line(
                      out,
                      "- Raw PostgreSQL, %s: best %s rows/s (%d clients)",
                      mode.description(),
                      rate(row.load().rowsPerSecond()),
                      row.load().clients()));
    }
    if (!r.http().isEmpty()) {
      boolean keepsUp = r.http().stream().allMatch(ReportFormatter::relayKeepsUp);
      line(
          out,
          "- Relay under load: %s (published during the window ≥ 95 %% of appended, backlog"
              + " drained); max backlog %,d",
          keepsUp ? "keeps up in every row" : "falls behind in some rows",
          r.http().stream().mapToLong(h -> h.relay().maxBacklog()).max().orElse(0));
    }
    r.relayCapacity().stream()
        .max(Comparator.comparingDouble(RelayCapacity::perSecond))
        .ifPresent(
            c ->
                line(
                    out,
                    "- Relay on a backlog: best %s events/s (variant %s, %,d events)",
                    rate(c.perSecond()),
                    c.variant().name(),
                    c.events()));
    out.append('\n');
  }

  static boolean relayKeepsUp(HttpRow row) {
    RelayResult relay = row.relay();
    return relay.drainedFully() && relay.publishedInWindow() >= 0.95 * relay.recordedInWindow();
  }

  private static void raw(StringBuilder out, List<RawRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("## (a) Raw inserts into PostgreSQL\n\n");
    out.append(
        "Table `bench_event_store`, a copy of `event_store` (columns, constraints, indexes), payload"
            + " and metadata of a real SiteAnnounced; one JDBC connection per client.\n\n");
    out.append(
        "| mode | durable | clients | rows/s | commits/s | p50 ms | p99 ms | errors | CPU busy %"
            + " | iowait % | postgres cores | postgres CPU ms/row | load avg |\n");
    out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (RawRow row : rows) {
      LoadResult l = row.load();
      line(
          out,
          "| %s | %s | %d | %s | %s | %s | %s | %d | %.0f | %.0f | %.2f | %.3f | %s |",
          row.mode().id(),
          row.mode().durable() ? "yes" : "**no**",
          l.clients(),
          rate(l.rowsPerSecond()),
          rate(l.operationsPerSecond()),
          millis(l.latencies().p50()),
          millis(l.latencies().p99()),
          l.errors(),
          row.cpu().busyPercent(),
          row.cpu().iowaitPercent(),
          row.cpu().cores("postgres"),
          msPer(row.cpu().cores("postgres"), l.rowsPerSecond()),
          row.loadAverage());
    }
    out.append('\n');
  }

  private static void http(StringBuilder out, List<HttpRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("## (b) Commands: POST /api/v1/sites to site-service\n\n");
    out.append(
        "Each 201 appended one SiteAnnounced and was answered after its durable commit"
            + " (group commit: concurrent commands share a transaction).\n\n");
    out.append(
        "| variant | clients | appends/s | p50 ms | p90 ms | p99 ms | max ms | errors | load avg"
            + " |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (HttpRow row : rows) {
      LoadResult l = row.load();
      line(
          out,
          "| %s | %d | %s | %s | %s | %s | %s | %d | %s |",
          row.variant().name(),
          l.clients(),
          rate(l.rowsPerSecond()),
          millis(l.latencies().p50()),
          millis(l.latencies().p90()),
          millis(l.latencies().p99()),
          millis(l.latencies().max()),
          l.errors(),
          row.loadAverage());
    }
    out.append('\n');
    rows.stream()
        .map(HttpRow::variant)
        .distinct()
        .forEach(v -> line(out, "- `%s`: %s", v.name(), v.describe()));
    out.append('\n');
  }

  private static void relay(StringBuilder out, List<HttpRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("## (c) Outbox relay (from event_store.recorded_at / published_at)\n\n");
    out.append(
        "| variant | clients | appended/s | published/s during load | max backlog | backlog at"
            + " stop | drain s | drain events/s | lag p50 ms | lag p99 ms | keeps up |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
    for (HttpRow row : rows) {
      RelayResult relay = row.relay();
      double appended = relay.recordedInWindow() / LoadResult.seconds(relay.window());
      line(
          out,
          "| %s | %d | %s | %s | %,d | %,d | %s | %s | %.0f | %.0f | %s |",
          row.variant().name(),
          row.load().clients(),
          rate(appended),
          rate(relay.publishedPerSecond()),
          relay.maxBacklog(),
          relay.backlogAtStop(),
          relay.drainedFully()
              ? String.format(Locale.ROOT, "%.2f", LoadResult.seconds(relay.drain()))
              : "not drained",
          relay.backlogAtStop() >= DRAIN_RATE_MIN_BACKLOG ? rate(relay.drainPerSecond()) : "–",
          relay.lagP50Millis(),
          relay.lagP99Millis(),
          relayKeepsUp(row) ? "yes" : "**no**");
    }
    out.append('\n');
  }

  private static void relayCapacity(StringBuilder out, List<RelayCapacity> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("### Relay on a backlog\n\n");
    out.append(
        "N unpublished events committed in one statement (no HTTP load), drained by the running"
            + " relay: N / (last published_at − commit).\n\n");
    out.append(
        "| variant | events | drain s | events/s | CPU busy % | site-service cores | postgres"
            + " cores | kafka cores | relay retries in the variant's log |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (RelayCapacity c : rows) {
      line(
          out,
          "| %s | %,d | %s | %s | %.0f | %.2f | %.2f | %.2f | %d |",
          c.variant().name(),
          c.events(),
          c.drainedFully()
              ? String.format(Locale.ROOT, "%.2f", LoadResult.seconds(c.drain()))
              : "not drained",
          rate(c.perSecond()),
          c.cpu().busyPercent(),
          c.cpu().cores("site-service"),
          c.cpu().cores("postgres"),
          c.cpu().cores("kafka"),
          c.retriesLogged());
    }
    out.append('\n');
  }

  private static void threads(StringBuilder out, List<HttpRow> rows) {
    if (rows.stream().allMatch(row -> row.siteThreads().isEmpty())) {
      return;
    }
    out.append("### site-service's busiest threads during the HTTP windows (cores)\n\n");
    out.append("| variant | clients | threads |\n|---|--:|---|\n");
    for (HttpRow row : rows) {
      line(out, "| %s | %d | %s |", row.variant().name(), row.load().clients(), row.siteThreads());
    }
    out.append('\n');
  }

  private static void cpu(StringBuilder out, BenchReport r) {
    if (r.http().isEmpty()) {
      return;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "## CPU during the HTTP windows (cores used; the machine has %d)\n\n",
            r.machine().cores()));
    out.append(
        "CPU ms per append = cores used × 1000 / appends per second: less sensitive to other load"
            + " than the rates. The ceiling is what the machine's cores would carry if the stack"
            + " had them to itself and CPU were the only limit: cores × 1000 / (site-service +"
            + " postgres + kafka ms per append).\n\n");
    out.append(
        "| variant | clients | busy % | iowait % | site-service | postgres | kafka | bench client"
            + " | ms/append site-service | ms/append postgres | ms/append kafka | CPU ceiling"
            + " appends/s |\n");
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (HttpRow row : r.http()) {
      CpuUsage c = row.cpu();
      double rate = row.load().rowsPerSecond();
      double site = msPer(c.cores("site-service"), rate);
      double postgres = msPer(c.cores("postgres"), rate);
      double kafka = msPer(c.cores("kafka"), rate);
      double total = site + postgres + kafka;
      line(
          out,
          "| %s | %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |",
          row.variant().name(),
          row.load().clients(),
          c.busyPercent(),
          c.iowaitPercent(),
          c.cores("site-service"),
          c.cores("postgres"),
          c.cores("kafka"),
          c.cores("bench"),
          site,
          postgres,
          kafka,
          total > 0 ? rate(r.machine().cores() * 1000 / total) : "n/a");
    }
    out.append('\n');
  }

  private static void errors(StringBuilder out, BenchReport r) {
    List<String> errors =
        java.util.stream.Stream.concat(
                r.raw().stream().map(RawRow::load), r.http().stream().map(HttpRow::load))
            .filter(l -> l.firstError() != null)
            .map(l -> l.label() + " x" + l.clients() + ": " + l.firstError())
            .toList();
    if (errors.isEmpty()) {
      return;
    }
    out.append("## First error per row\n\n");
    errors.forEach(e -> line(out, "- %s", e));
    out.append('\n');
  }

  /** CPU milliseconds per operation from cores used and operations per second. */
  static double msPer(double cores, double perSecond) {
    return perSecond <= 0 ? 0 : cores * 1000 / perSecond;
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  static String human(Duration d) {
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    long s = d.toSeconds();
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
