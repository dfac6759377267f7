package io.gigawatt.bench;

import io.gigawatt.devstack.EmbeddedInfrastructure;
import io.gigawatt.devstack.EmbeddedSettings;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The read-side benchmark: real Kafka and a durable PostgreSQL, the packaged capacity-service
 * (-Xmx256m) and, for command-to-visible latency, the packaged site-service. Prints the report and
 * writes it to {@code bench/target/read-bench-report.md}. Run with {@code ./bench/read}.
 */
public final class ReadBench {
  private final ReadBenchOptions options;
  private final Path target;
  private final ReadBenchReport report = new ReadBenchReport();

  private ReadBench(ReadBenchOptions options) {
    this.options = options;
    this.target = options.repo().resolve("bench/target");
  }

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(ReadBenchOptions.USAGE);
      return;
    }
    var options = ReadBenchOptions.parse(args, Path.of(System.getProperty("gigawatt.repo", ".")));
    String command = ("./bench/read " + String.join(" ", args)).trim();
    String text = new ReadBench(options).run(command);
    Path file = options.repo().resolve("bench/target/read-bench-report.md");
    Files.writeString(file, text);
    System.out.println();
    System.out.println(text);
    System.out.println("Report written to " + file);
    System.exit(0);
  }

  String run(String command) throws Exception {
    Instant started = Instant.now();
    report.machine(MachineFacts.read(), command);
    Path capacityApp =
        AppSnapshot.copy(
            options.repo().resolve("capacity-service/target/quarkus-app"),
            target.resolve("capacity-service-app"));
    Path siteApp =
        AppSnapshot.copy(
            options.repo().resolve("site-service/target/quarkus-app"),
            target.resolve("site-service-app"));
    Path work = Files.createDirectories(target.resolve("read-stack"));
    var settings = EmbeddedSettings.temporary(work, List.of("capacity", "sites")).withDurable(true);
    try (var infrastructure = EmbeddedInfrastructure.start(settings)) {
      Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "bench-shutdown"));
      log("started %s", infrastructure.describe());
      var ports =
          new StackPorts(0, 0, 0, 0, settings.kafkaPort(), 0, settings.postgresPort()).resolved();
      Path logs = Files.createDirectories(target.resolve("logs"));
      var capacity =
          ServiceProcess.start(
              Services.CAPACITY,
              capacityApp,
              ports,
              serviceEnvironment(),
              logs.resolve("capacity-service.log"));
      try (var ledger = new LedgerProducer(infrastructure.kafkaBootstrapServers())) {
        var admin = new CapacityAdmin(capacity.url());
        sizes(ledger, admin, capacity);
        timeTravel(capacity);
        log("raw consumer over %,d records", ledger.events());
        report.raw(
            RawConsumerRate.measure(infrastructure.kafkaBootstrapServers(), ledger.events()));
        rebuild(ledger, admin, capacity);
        subscribers(ledger, admin, capacity);
        visibility(ports, siteApp, logs, admin, capacity);
      } catch (Exception | Error e) {
        log("aborted: %s", e);
        report.aborted(e.toString());
      } finally {
        capacity.stop();
      }
    }
    report.took(Duration.between(started, Instant.now()));
    return report.text();
  }

  /** Grows the ledger to each size while the projection runs live, then measures reads. */
  private void sizes(LedgerProducer ledger, CapacityAdmin admin, ServiceProcess capacity)
      throws Exception {
    for (long size : options.sizes()) {
      long add = size - ledger.events();
      log("producing %,d events (ledger → %,d)", add, size);
      long start = System.nanoTime();
      ledger.produce(add);
      double produced = (System.nanoTime() - start) / 1e9;
      admin.awaitApplied(ledger.events(), Duration.ofMinutes(20));
      double applied = (System.nanoTime() - start) / 1e9;
      log("applied live in %.1f s (%.0f events/s); reading", applied, add / applied);
      var country = reads(capacity.url() + "/api/v1/capacity/regions");
      var one = reads(capacity.url() + "/api/v1/capacity/regions/US");
      report.size(
          new ReadBenchReport.SizeRow(
              ledger.events(), add / produced, add / applied, country, one, capacity.rssMib()));
    }
  }

  /** asOf / knownAt reads and a ten-year monthly timeline, on the whole ledger. */
  private void timeTravel(ServiceProcess capacity) throws Exception {
    String api = capacity.url() + "/api/v1/capacity";
    String knownAt = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString();
    log("time travel on %,d events", options.sizes().get(options.sizes().size() - 1));
    report.timeTravel("GET regions?asOf=2020-06-01", reads(api + "/regions?asOf=2020-06-01"));
    report.timeTravel(
        "GET regions/US?asOf=2020-06-01&knownAt=…",
        reads(api + "/regions/US?asOf=2020-06-01&knownAt=" + knownAt));
    report.timeTravel(
        "GET regions?level=bloc&asOf=2020-06-01",
        reads(api + "/regions?level=bloc&asOf=2020-06-01"));
    report.timeTravel(
        "GET timeline?region=US, 2016–2025 monthly",
        reads(api + "/timeline?region=US&from=2016-01-01&to=2025-12-31&step=month"));
  }

  private Latencies reads(String url) throws Exception {
    return NioHttpLoop.get(URI.create(url))
        .run(
            "GET",
            options.readClients(),
            Duration.ofSeconds(3),
            Duration.ofSeconds(options.readSeconds()),
            ClosedLoop.WindowListener.NONE)
        .latencies();
  }

  private void rebuild(LedgerProducer ledger, CapacityAdmin admin, ServiceProcess capacity)
      throws Exception {
    int before = admin.status().activeGeneration();
    log("rebuilding %,d events", ledger.events());
    long start = System.nanoTime();
    admin.rebuild();
    long peakRss = 0;
    while (admin.status().activeGeneration() == before) {
      peakRss = Math.max(peakRss, capacity.rssMib());
      Thread.sleep(100);
      if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
        throw new IllegalStateException("the rebuild did not finish in 30 minutes");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    log("rebuilt in %.1f s", seconds);
    report.rebuild(ledger.events() / seconds, seconds, peakRss);
  }

  private void subscribers(LedgerProducer ledger, CapacityAdmin admin, ServiceProcess capacity)
      throws Exception {
    var stream = URI.create(capacity.url() + "/api/v1/capacity/stream");
    try (var crowd = new SseCrowd(stream, options.subscribers())) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (crowd.connected() < options.subscribers() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      log(
          "%d SSE subscribers connected; producing %,d events",
          crowd.connected(), options.subscriberEvents());
      long start = System.nanoTime();
      ledger.produce(options.subscriberEvents());
      admin.awaitApplied(ledger.events(), Duration.ofMinutes(10));
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(500);
      long[] received = crowd.received();
      report.subscribers(
          crowd.connected(), options.subscriberEvents() / seconds, received[0], received[1]);
    }
  }

  private void visibility(
      StackPorts ports, Path siteApp, Path logs, CapacityAdmin admin, ServiceProcess capacity)
      throws Exception {
    var site =
        ServiceProcess.start(
            Services.SITE, siteApp, ports, Map.of(), logs.resolve("site-service.log"));
    try {
      var probe = new VisibilityProbe(site.url(), capacity.url());
      probe.measure(20);
      log("command → visible, idle");
      report.visibleIdle(probe.measure(options.visibilitySamples()));
      var post =
          new NioHttpLoop(
              URI.create(site.url() + "/api/v1/sites"), "application/json", HttpLoad.BODY, 201);
      log("maximum write load, %d clients", options.writeClients());
      var lag = new LagSampler(admin);
      var max =
          post.run(
              "max",
              options.writeClients(),
              Duration.ofSeconds(10),
              Duration.ofSeconds(20),
              ClosedLoop.WindowListener.NONE);
      lag.stop();
      double maxRate = max.operationsPerSecond();
      double drained = lag.drainSeconds();
      report.maxLoad(maxRate, lag.maxLag(), drained);
      log("command → visible at half that load (%.0f commands/s)", maxRate / 2);
      var half =
          CompletableFuture.supplyAsync(
              () -> run(post.paced(maxRate / 2), Duration.ofSeconds(5), Duration.ofSeconds(60)));
      Thread.sleep(5_000);
      var underLoad = probe.measure(options.visibilitySamples());
      var load = half.get();
      report.visibleLoaded(underLoad, load.operationsPerSecond());
    } finally {
      site.stop();
    }
  }

  private LoadResult run(NioHttpLoop loop, Duration warmup, Duration window) {
    try {
      return loop.run(
          "half", options.writeClients(), warmup, window, ClosedLoop.WindowListener.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code -Dbench.capacity.java-options=...} reach capacity-service, e.g. to record a profile. */
  private static Map<String, String> serviceEnvironment() {
    String options = System.getProperty("bench.capacity.java-options");
    return options == null ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", options);
  }

  static void log(String format, Object... args) {
    System.out.printf("[read-bench] " + format + "%n", args);
  }

  /** Samples the projection's lag during a load, and how long it takes to drain after. */
  private static final class LagSampler {
    private final CapacityAdmin admin;
    private final Thread thread;
    private final List<Long> lags = new ArrayList<>();
    private volatile boolean running = true;

    LagSampler(CapacityAdmin admin) {
      this.admin = admin;
      this.thread = new Thread(this::sample, "lag-sampler");
      thread.start();
    }

    private void sample() {
      while (running) {
        synchronized (lags) {
          lags.add(admin.status().lag());
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long maxLag() {
      synchronized (lags) {
        return lags.stream().mapToLong(Long::longValue).max().orElse(0);
      }
    }

    double drainSeconds() throws InterruptedException {
      long start = System.nanoTime();
      int zeros = 0;
      while (zeros < 2 && System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
        zeros = admin.status().lag() == 0 ? zeros + 1 : 0;
        Thread.sleep(50);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
