package io.gigawatt.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's overhead: {@code POST /api/v1/sites} straight to site-service and through the
 * gateway (writer key, rate limit, fault-tolerance guard, pooled connections), at each concurrency
 * and in alternating order, against one stack in one run. Run with {@code ./bench/run gateway}.
 */
public final class GatewayBench {
  private final GatewayBenchOptions options;
  private final List<GatewayRow> rows = new ArrayList<>();
  private final List<String> summaries = new ArrayList<>();

  private GatewayBench(GatewayBenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    BenchMain.run(
        args,
        GatewayBenchOptions.USAGE,
        "./bench/run gateway",
        GatewayBenchOptions::parse,
        GatewayBenchOptions::report,
        (options, command) -> new GatewayBench(options).run(command));
  }

  String run(String command) throws Exception {
    Instant started = Instant.now();
    MachineFacts machine = MachineFacts.read();
    Path target = options.repo().resolve("bench/target");
    Path siteApp =
        AppSnapshot.copy(
            options.repo().resolve("site-service/target/quarkus-app"),
            target.resolve("site-service-app"));
    Path gatewayApp =
        AppSnapshot.copy(
            options.repo().resolve("gateway/target/quarkus-app"), target.resolve("gateway-app"));
    Path work = Files.createDirectories(target.resolve("gateway-stack"));
    String stackDescription;
    try (GatewayBenchStack stack =
        GatewayBenchStack.start(
            work, siteApp, gatewayApp, options.gatewayEnv(), target.resolve("logs"))) {
      Thread hook = new Thread(stack::close, "bench-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      stackDescription =
          stack.describe()
              + "; site-service and gateway "
              + String.join(" ", ServiceProcess.JVM_OPTIONS)
              + (options.gatewayEnv().isEmpty() ? "" : "; gateway env " + options.gatewayEnv());
      log("started %s", stackDescription);
      String key = stack.issueWriterKey();
      NioHttpLoop direct = load(stack.site().url(), "");
      NioHttpLoop gateway = load(stack.gateway().url(), "Authorization: Bearer " + key + "\r\n");
      int most = options.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
      log(
          "warming both paths up: %s each at %d clients, unmeasured",
          options.serviceWarmup(), most);
      direct.run(
          "warm-up", most, Duration.ZERO, options.serviceWarmup(), ClosedLoop.WindowListener.NONE);
      gateway.run(
          "warm-up", most, Duration.ZERO, options.serviceWarmup(), ClosedLoop.WindowListener.NONE);
      for (int clients : options.clients()) {
        measure(stack, clients, direct, gateway);
      }
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    String markdown =
        GatewayReport.markdown(
            command,
            machine.cores() + " cores, load average at start " + machine.loadAverage(),
            stackDescription,
            options,
            summaries,
            rows,
            Duration.between(started, Instant.now()));
    Files.createDirectories(options.report().toAbsolutePath().getParent());
    Files.writeString(options.report(), markdown);
    return markdown;
  }

  private void measure(
      GatewayBenchStack stack, int clients, NioHttpLoop direct, NioHttpLoop gateway)
      throws Exception {
    List<GatewayRow> directRows = new ArrayList<>();
    List<GatewayRow> gatewayRows = new ArrayList<>();
    for (int round = 1; round <= options.rounds(); round++) {
      boolean directFirst = round % 2 == 1;
      for (GatewayRow.Path path :
          directFirst
              ? List.of(GatewayRow.Path.DIRECT, GatewayRow.Path.GATEWAY)
              : List.of(GatewayRow.Path.GATEWAY, GatewayRow.Path.DIRECT)) {
        if (!OutboxMonitor.awaitEmpty(stack.jdbcUrl(), Duration.ofMinutes(3))) {
          log("the outbox did not drain within 3 min before this window");
        }
        CpuWindow cpu = new CpuWindow(stack.watched(), -1);
        NioHttpLoop loop = path == GatewayRow.Path.DIRECT ? direct : gateway;
        LoadResult result = loop.run(path.name(), clients, options.warmup(), options.window(), cpu);
        GatewayRow row = new GatewayRow(path, round, result, cpu.usage());
        rows.add(row);
        (path == GatewayRow.Path.DIRECT ? directRows : gatewayRows).add(row);
        log(
            "%-26s x%-3d round %d: %8s requests/s  p50 %s ms  p99 %s ms  errors %d  gateway %.2f"
                + " cores",
            path.label(),
            clients,
            round,
            ReportFormatter.rate(result.operationsPerSecond()),
            ReportFormatter.millis(result.latencies().p50()),
            ReportFormatter.millis(result.latencies().p99()),
            result.errors(),
            row.cpu().cores("gateway"));
      }
    }
    String summary =
        GatewayReport.summaryLine(
            clients, GatewayReport.Summary.of(directRows), GatewayReport.Summary.of(gatewayRows));
    summaries.add(summary);
    log("%s", summary);
  }

  private static NioHttpLoop load(String baseUrl, String headers) {
    return new NioHttpLoop(
        URI.create(baseUrl + "/api/v1/sites"), "application/json", HttpLoad.BODY, 201, headers);
  }

  private static void log(String format, Object... args) {
    System.out.printf("[gateway-bench] " + format + "%n", args);
  }
}
