package io.gigawatt.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The gateway overhead report: one summary line per concurrency, then every window. */
final class GatewayReport {
  /** The goals of issue 10: at least 90% of the direct rate, at most 2 ms more at p99. */
  static final double RATE_GOAL = 0.90;

  static final double ADDED_P99_GOAL_MS = 2.0;

  private GatewayReport() {}

  /** Means over the rounds of one concurrency, for one path. */
  record Summary(double rate, double p50Ms, double p99Ms, double gatewayCores, long errors) {
    static Summary of(List<GatewayRow> rows) {
      return new Summary(
          mean(rows, r -> r.load().operationsPerSecond()),
          mean(rows, r -> r.load().latencies().p50() / 1e6),
          mean(rows, r -> r.load().latencies().p99() / 1e6),
          mean(rows, r -> r.cpu().cores("gateway")),
          rows.stream().mapToLong(r -> r.load().errors()).sum());
    }

    private static double mean(List<GatewayRow> rows, ToDoubleFunction<GatewayRow> value) {
      return rows.stream().mapToDouble(value).average().orElse(0);
    }
  }

  /** One summary line: clients, both paths, ratio, added p99, gateway CPU per request. */
  static String summaryLine(int clients, Summary direct, Summary gateway) {
    double ratio = direct.rate() == 0 ? 0 : gateway.rate() / direct.rate();
    double addedP99 = gateway.p99Ms() - direct.p99Ms();
    double cpuMicros = gateway.rate() == 0 ? 0 : gateway.gatewayCores() / gateway.rate() * 1e6;
    boolean met = ratio >= RATE_GOAL && addedP99 <= ADDED_P99_GOAL_MS;
    return String.format(
        Locale.ROOT,
        "| %d | %,.0f | %.1f / %.1f | %,.0f | %.1f / %.1f | **%.0f%%** | **%+.1f** | %.2f | %.0f | %s |",
        clients,
        direct.rate(),
        direct.p50Ms(),
        direct.p99Ms(),
        gateway.rate(),
        gateway.p50Ms(),
        gateway.p99Ms(),
        ratio * 100,
        addedP99,
        gateway.gatewayCores(),
        cpuMicros,
        met ? "met" : "not met");
  }

  static String markdown(
      String command,
      String machine,
      String stack,
      GatewayBenchOptions options,
      List<String> summaries,
      List<GatewayRow> rows,
      Duration took) {
    StringBuilder out = new StringBuilder();
    out.append("# Gateway overhead\n\n");
    out.append("Command: `").append(command).append("`  \n");
    out.append("Machine: ").append(machine).append("  \n");
    out.append("Stack: ").append(stack).append("  \n");
    out.append(
        String.format(
            Locale.ROOT,
            "Load: POST /api/v1/sites (one durable SiteAnnounced each), HTTP/1.1 keep-alive, closed"
                + " loop; warm-up %s, window %s, %d round(s) per concurrency, paths alternating;"
                + " took %s\n\n",
            ReportFormatter.human(options.warmup()),
            ReportFormatter.human(options.window()),
            options.rounds(),
            ReportFormatter.human(took)));
    out.append(
        "Goal: through the gateway ≥ 90% of the direct rate and ≤ 2 ms added to p99 (means over"
            + " the rounds).\n\n");
    out.append(
        "| clients | direct /s | direct p50 / p99 ms | gateway /s | gateway p50 / p99 ms |"
            + " rate vs direct | added p99 ms | gateway cores | gateway CPU µs/request | goal |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    summaries.forEach(line -> out.append(line).append('\n'));
    out.append("\n## Every window\n\n");
    out.append(
        "| path | clients | round | requests/s | p50 ms | p99 ms | max ms | errors | cores:"
            + " site-service / gateway / postgres / kafka / bench | machine busy % |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
    for (GatewayRow row : rows) {
      LoadResult load = row.load();
      CpuUsage cpu = row.cpu();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %,.0f | %.1f | %.1f | %.1f | %d%s | %.2f / %.2f / %.2f / %.2f /"
                  + " %.2f | %.0f |\n",
              row.path().label(),
              load.clients(),
              row.round(),
              load.operationsPerSecond(),
              load.latencies().p50() / 1e6,
              load.latencies().p99() / 1e6,
              load.latencies().max() / 1e6,
              load.errors(),
              load.firstError() == null ? "" : " (" + load.firstError() + ")",
              cpu.cores("site-service"),
              cpu.cores("gateway"),
              cpu.cores("postgres"),
              cpu.cores("kafka"),
              cpu.cores("bench"),
              cpu.busyPercent()));
    }
    return out.toString();
  }
}
