package io.gigawatt.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line of {@link WriteBench}; see {@link #USAGE}. */
public record BenchOptions(
    List<Integer> clients,
    Duration warmup,
    Duration window,
    Duration serviceWarmup,
    List<RawMode> rawModes,
    int relayBacklog,
    List<Variant> variants,
    HttpClient.Version http,
    Path repo,
    Path report,
    Duration drainTimeout) {

  public static final String USAGE =
      """
      Usage: ./bench/run [options]
        --clients 16,64,256       concurrent clients, for the raw inserts and the HTTP load
        --warmup 5s               warm-up before each timed window (ms, s or m)
        --duration 15s            each timed window
        --service-warmup 60s      load before the first HTTP row of each variant, unmeasured
                                  (the JIT compiles for about a minute under load)
                                  (a fresh site-service JVM is still compiling)
        --raw single,commit-delay,notify,batch10,async | none
                                  raw JDBC insert modes (single is the baseline: one durable
                                  commit per row)
        --relay-backlog 20000     events committed at once for the relay to drain (0: skip)
        --variant NAME[:K=V,...]  a site-service configuration; repeat to compare. K is an
                                  environment variable of the site-service process
                                  (QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64, GIGAWATT_RELAY_BATCH_SIZE=2000)
                                  or pg.<setting> for PostgreSQL (pg.commit_delay=200), or
                                  triggers=off (disables event_store's NOTIFY trigger). Default:
                                  one variant "default", as built.
        --http 1.1|2              HTTP version of the load client (2 = h2c upgrade), default 1.1
        --quick                   --clients 64,256 --warmup 2s --duration 5s --service-warmup 10s
                                  --raw single --relay-backlog 5000
        --repo DIR                the repository (default: the current directory)
        --report FILE             default <repo>/bench/target/bench-report.md
      """;

  public BenchOptions {
    clients = List.copyOf(clients);
    rawModes = List.copyOf(rawModes);
    variants = List.copyOf(variants);
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 1024)) {
      throw new IllegalArgumentException("clients must be 1..1024: " + clients);
    }
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("no variant");
    }
    if (relayBacklog < 0) {
      throw new IllegalArgumentException("relay backlog must be >= 0: " + relayBacklog);
    }
  }

  public static BenchOptions parse(String... args) {
    List<Integer> clients = List.of(16, 64, 256);
    Duration warmup = Duration.ofSeconds(5);
    Duration window = Duration.ofSeconds(15);
    Duration serviceWarmup = Duration.ofSeconds(60);
    List<RawMode> raw = List.of(RawMode.values());
    int relayBacklog = 20_000;
    List<Variant> variants = new ArrayList<>();
    HttpClient.Version http = HttpClient.Version.HTTP_1_1;
    Path repo = Path.of(".");
    Path report = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        clients = List.of(64, 256);
        warmup = Duration.ofSeconds(2);
        window = Duration.ofSeconds(5);
        serviceWarmup = Duration.ofSeconds(10);
        raw = List.of(RawMode.SINGLE);
        relayBacklog = 5_000;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + arg + "\n" + USAGE);
      }
      String value = args[++i];
      switch (arg) {
        case "--clients" ->
            clients = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
        case "--warmup" -> warmup = duration(value);
        case "--duration" -> window = duration(value);
        case "--service-warmup" -> serviceWarmup = duration(value);
        case "--raw" -> raw = rawModes(value);
        case "--relay-backlog" -> relayBacklog = Integer.parseInt(value);
        case "--variant" -> variants.add(Variant.parse(value));
        case "--http" -> http = httpVersion(value);
        case "--repo" -> repo = Path.of(value);
        case "--report" -> report = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
    }
    repo = repo.toAbsolutePath().normalize();
    return new BenchOptions(
        clients,
        warmup,
        window,
        serviceWarmup,
        raw,
        relayBacklog,
        variants.isEmpty() ? List.of(Variant.DEFAULT) : variants,
        http,
        repo,
        report != null ? report : repo.resolve("bench/target/bench-report.md"),
        Duration.ofMinutes(3));
  }

  /** {@code 500ms}, {@code 5s}, {@code 2m}, or plain seconds. */
  public static Duration duration(String text) {
    String t = text.trim();
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    if (t.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(t));
  }

  private static List<RawMode> rawModes(String value) {
    if (value.equals("none")) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).map(RawMode::of).toList();
  }

  private static HttpClient.Version httpVersion(String value) {
    return switch (value) {
      case "1.1" -> HttpClient.Version.HTTP_1_1;
      case "2" -> HttpClient.Version.HTTP_2;
      default -> throw new IllegalArgumentException("--http is 1.1 or 2, not " + value);
    };
  }
}
