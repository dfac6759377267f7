package io.gigawatt.bench.chaos;

import static io.gigawatt.bench.BenchOptions.duration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How hard the chaos suite pushes: the steady write load ({@code clients} together sending {@code
 * rate} commands per second), the processes killed in turn, how long the load goes on once the
 * stack is healthy again, how long PostgreSQL and Kafka are stopped, and how long any wait may take
 * before it counts as a failure.
 */
public record ChaosOptions(
    int clients,
    double rate,
    List<String> kills,
    Duration afterRecovery,
    Duration postgresStop,
    Duration kafkaStop,
    Duration timeout,
    Path repo,
    Path report) {

  public static final List<String> ALL_KILLS =
      List.of(
          "site-service",
          "contract-service",
          "capacity-service",
          "gateway",
          "kafka",
          "postgres-server");

  public static final String USAGE =
      """
      Usage: ./gigawatt chaos [options]
        Starts a supervised local stack of its own (free ports, no seed data), runs a steady write
        load through the gateway (sites, contracts, GPU deliveries) and meanwhile kills, with
        kill -9, in turn: site-service, contract-service, capacity-service, the gateway, the Kafka
        broker and the PostgreSQL postmaster; then stops PostgreSQL and Kafka (SIGSTOP) for a while.
        After each fault it audits the event stores, the topics and the read model; at the end it
        compares the read model with a fresh rebuild. Exits 1 when anything was lost or doubled.
        --quick                   CI size: 8 commands/s, stops of 8 s (PostgreSQL) and 16 s (Kafka)
        --rate 40                 commands per second, over all clients
        --clients 4               client threads
        --kill LIST               processes to kill, comma-separated (default: all six)
        --after 5s                load kept up once the stack is healthy again, before the audit
        --postgres-stop 30s       PostgreSQL stopped this long (0s: skip)
        --kafka-stop 60s          Kafka stopped this long (0s: skip)
        --timeout 180s            the longest any recovery may take
        --repo DIR                the repository (default: the current directory)
        --report FILE             default <repo>/bench/target/chaos-report.md
      """;

  /** Full size: the 30 s and 60 s stops. */
  public static ChaosOptions full(Path repo) {
    return new ChaosOptions(
        4,
        40,
        ALL_KILLS,
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(180),
        repo,
        repo.resolve("bench/target/chaos-report.md"));
  }

  /** What CI can afford: a lighter load, shorter stops, the same faults. */
  public static ChaosOptions quick(Path repo) {
    return new ChaosOptions(
        2,
        8,
        ALL_KILLS,
        Duration.ofSeconds(2),
        Duration.ofSeconds(8),
        Duration.ofSeconds(16),
        Duration.ofSeconds(150),
        repo,
        repo.resolve("bench/target/chaos-report.md"));
  }

  /** The longest stop: the supervisor's liveness timeout must exceed it, or it restarts. */
  public Duration longestStop() {
    return postgresStop.compareTo(kafkaStop) > 0 ? postgresStop : kafkaStop;
  }

  public static ChaosOptions parse(String... args) {
    Path repo = Path.of(".").toAbsolutePath().normalize();
    ChaosOptions o = List.of(args).contains("--quick") ? quick(repo) : full(repo);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + arg + "\n" + USAGE);
      }
      String value = args[++i];
      o =
          switch (arg) {
            case "--rate" -> o.with(o.clients, Double.parseDouble(value), o.kills);
            case "--clients" -> o.with(Integer.parseInt(value), o.rate, o.kills);
            case "--kill" -> o.with(o.clients, o.rate, List.of(value.split(",")));
            case "--after" -> o.withDurations(duration(value), o.postgresStop, o.kafkaStop);
            case "--postgres-stop" ->
                o.withDurations(o.afterRecovery, duration(value), o.kafkaStop);
            case "--kafka-stop" ->
                o.withDurations(o.afterRecovery, o.postgresStop, duration(value));
            case "--timeout" ->
                new ChaosOptions(
                    o.clients,
                    o.rate,
                    o.kills,
                    o.afterRecovery,
                    o.postgresStop,
                    o.kafkaStop,
                    duration(value),
                    o.repo,
                    o.report);
            case "--repo" -> o.at(Path.of(value).toAbsolutePath().normalize(), null);
            case "--report" -> o.at(o.repo, Path.of(value));
            default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
          };
    }
    if (!ALL_KILLS.containsAll(o.kills)) {
      throw new IllegalArgumentException("--kill takes names of " + ALL_KILLS);
    }
    if (o.clients < 1 || o.rate <= 0) {
      throw new IllegalArgumentException("--clients and --rate must be positive");
    }
    return o;
  }

  private ChaosOptions with(int clients, double rate, List<String> kills) {
    return new ChaosOptions(
        clients, rate, kills, afterRecovery, postgresStop, kafkaStop, timeout, repo, report);
  }

  private ChaosOptions withDurations(Duration after, Duration postgres, Duration kafka) {
    return new ChaosOptions(clients, rate, kills, after, postgres, kafka, timeout, repo, report);
  }

  private ChaosOptions at(Path repo, Path report) {
    Path file = report != null ? report : repo.resolve("bench/target/chaos-report.md");
    return new ChaosOptions(
        clients, rate, kills, afterRecovery, postgresStop, kafkaStop, timeout, repo, file);
  }
}
