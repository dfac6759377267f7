package io.gigawatt.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The write-path benchmark: a durable PostgreSQL and Kafka, the packaged site-service, then (a) raw
 * JDBC inserts, (b) {@code POST /api/v1/sites} at each concurrency, (c) the outbox relay meanwhile,
 * after the load, and on a large backlog. Prints the report and writes it to {@code
 * bench/target/bench-report.md}. Run with {@code ./bench/run}.
 */
public final class WriteBench {
  /** What the eventstore's relay logs when a batch failed and will be sent again. */
  static final String RELAY_RETRY = "will retry";

  private final BenchOptions options;
  private final Path target;
  private final List<RawRow> raw = new ArrayList<>();
  private final List<HttpRow> http = new ArrayList<>();
  private final List<RelayCapacity> relay = new ArrayList<>();
  private SampleEvent sample;

  private WriteBench(BenchOptions options) {
    this.options = options;
    this.target = options.repo().resolve("bench/target");
  }

  public static void main(String[] args) throws Exception {
    BenchMain.run(
        args,
        BenchOptions.USAGE,
        "./bench/run",
        BenchOptions::parse,
        BenchOptions::report,
        (options, command) -> new WriteBench(options).run(command));
  }

  String run(String command) throws Exception {
    Instant started = Instant.now();
    MachineFacts machine = MachineFacts.read();
    log(
        "%d cores, load average %s; clients %s, warm-up %s, window %s",
        machine.cores(),
        machine.loadAverage(),
        options.clients(),
        options.warmup(),
        options.window());
    Path built = options.repo().resolve("site-service/target/quarkus-app");
    Path app = AppSnapshot.copy(built, target.resolve("site-service-app"));
    Path work = Files.createDirectories(target.resolve("stack"));
    PostgresFacts postgres;
    String stackDescription;
    try (BenchStack stack = BenchStack.start(work, app, target.resolve("logs"))) {
      Thread hook = new Thread(stack::close, "bench-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      stackDescription = stack.describe();
      log("started %s", stackDescription);
      try (Connection connection = stack.connect()) {
        postgres = PostgresFacts.read(connection);
      }
      for (int i = 0; i < options.variants().size(); i++) {
        runVariant(stack, options.variants().get(i), i == 0);
      }
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    BenchReport report =
        new BenchReport(
            command,
            started,
            Duration.between(started, Instant.now()),
            machine,
            MachineFacts.currentLoadAverage(),
            postgres,
            stackDescription,
            AppSnapshot.describe(built) + ", JVM " + String.join(" ", ServiceProcess.JVM_OPTIONS),
            options.http() == HttpClient.Version.HTTP_2
                ? "2 requested (h2c upgrade, else 1.1)"
                : "1.1",
            options.warmup(),
            options.window(),
            raw,
            http,
            relay);
    String markdown = ReportFormatter.markdown(report);
    Files.createDirectories(options.report().toAbsolutePath().getParent());
    Files.writeString(options.report(), markdown);
    return markdown;
  }

  private void runVariant(BenchStack stack, Variant variant, boolean first) throws Exception {
    stack.applyPostgres(variant.postgres());
    ServiceProcess site = stack.startSite(variant);
    log("site-service (%s) ready at %s, pid %d", variant.describe(), site.url(), site.pid());
    HttpLoad load = new HttpLoad(site.url(), options.http());
    if (sample == null) {
      load.announceOnce();
      try (Connection connection = stack.connect()) {
        sample = SampleEvent.first(connection);
      }
    }
    if (first && !options.rawModes().isEmpty()) {
      rawPhase(stack);
    }
    int most = options.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
    log("warming site-service up: %s at %d clients, unmeasured", options.serviceWarmup(), most);
    load.run(most, Duration.ZERO, options.serviceWarmup(), ClosedLoop.WindowListener.NONE);
    for (int clients : options.clients()) {
      httpRow(stack, site, variant, load, clients);
    }
    if (options.relayBacklog() > 0) {
      relayCapacity(stack, site, variant);
    }
    stack.stopSite();
  }

  private void rawPhase(BenchStack stack) throws Exception {
    try (Connection connection = stack.connect()) {
      RawInsertLoad.createTable(connection);
    }
    RawInsertLoad load = new RawInsertLoad(stack.jdbcUrl(), sample);
    for (RawMode mode : options.rawModes()) {
      List<Integer> levels = new ArrayList<>(options.clients());
      if (mode == RawMode.SINGLE && !levels.contains(1)) {
        levels.add(0, 1);
      }
      for (int clients : levels) {
        CpuWindow cpu = new CpuWindow(stack.watched(), -1);
        LoadResult result = load.run(mode, clients, options.warmup(), options.window(), cpu);
        raw.add(new RawRow(mode, result, cpu.usage(), MachineFacts.currentLoadAverage()));
        log(
            "raw %-12s x%-3d %8s rows/s  p50 %s ms  p99 %s ms  errors %d  load %s",
            mode.id(),
            clients,
            ReportFormatter.rate(result.rowsPerSecond()),
            ReportFormatter.millis(result.latencies().p50()),
            ReportFormatter.millis(result.latencies().p99()),
            result.errors(),
            MachineFacts.currentLoadAverage());
      }
    }
  }

  private void httpRow(
      BenchStack stack, ServiceProcess site, Variant variant, HttpLoad load, int clients)
      throws Exception {
    if (!OutboxMonitor.awaitEmpty(stack.jdbcUrl(), options.drainTimeout())) {
      log("the outbox backlog did not drain within %s before this row", options.drainTimeout());
    }
    try (OutboxMonitor monitor = OutboxMonitor.start(stack.jdbcUrl())) {
      CpuWindow cpu = new CpuWindow(stack.watched(), site.pid());
      LoadResult result = load.run(clients, options.warmup(), options.window(), cpu);
      String loadAverage = MachineFacts.currentLoadAverage();
      RelayResult relayResult = monitor.finish(result, options.drainTimeout());
      http.add(
          new HttpRow(variant, result, relayResult, cpu.usage(), cpu.topThreads(6), loadAverage));
      log(
          "http %-10s x%-3d %8s appends/s  p50 %s ms  p99 %s ms  errors %d  relay %s/s,"
              + " max backlog %d  load %s",
          variant.name(),
          clients,
          ReportFormatter.rate(result.rowsPerSecond()),
          ReportFormatter.millis(result.latencies().p50()),
          ReportFormatter.millis(result.latencies().p99()),
          result.errors(),
          ReportFormatter.rate(relayResult.publishedPerSecond()),
          relayResult.maxBacklog(),
          loadAverage);
      log("     site-service threads (cores): %s", cpu.topThreads(6));
    }
  }

  private void relayCapacity(BenchStack stack, ServiceProcess site, Variant variant)
      throws Exception {
    RelayCapacity capacity =
        RelayCapacity.measure(
                variant,
                stack.jdbcUrl(),
                sample,
                options.relayBacklog(),
                options.drainTimeout(),
                new CpuWindow(stack.watched(), -1))
            .withRetriesLogged(site.logLines(RELAY_RETRY));
    relay.add(capacity);
    log(
        "relay %-10s drained %,d events in %.2f s: %s events/s%s; relay retries logged: %d",
        variant.name(),
        capacity.events(),
        LoadResult.seconds(capacity.drain()),
        ReportFormatter.rate(capacity.perSecond()),
        capacity.drainedFully() ? "" : " (NOT fully drained)",
        capacity.retriesLogged());
  }

  private static void log(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
  }
}
