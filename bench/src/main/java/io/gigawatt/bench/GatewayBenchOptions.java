package io.gigawatt.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@link GatewayBench}; see {@link #USAGE}. */
public record GatewayBenchOptions(
    List<Integer> clients,
    Duration warmup,
    Duration window,
    Duration serviceWarmup,
    int rounds,
    Map<String, String> gatewayEnv,
    Path repo,
    Path report) {

  public static final String USAGE =
      """
      Usage: ./bench/run gateway [options]
        The proxy's overhead: POST /api/v1/sites straight to site-service and through the gateway
        (with a writer key), side by side at each concurrency, alternating, in one run.
        --clients 16,64,256       concurrent clients (keep-alive connections)
        --warmup 3s               warm-up before each timed window (ms, s or m)
        --duration 10s            each timed window
        --service-warmup 30s      load on each path before the first row, unmeasured (JIT)
        --rounds 2                direct/gateway pairs per concurrency, alternating the order
        --gateway-env K=V,...     environment of the gateway process, to try settings without
                                  code changes (QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=2)
        --quick                   --clients 64,256 --warmup 2s --duration 5s --service-warmup 10s
                                  --rounds 1
        --repo DIR                the repository (default: the current directory)
        --report FILE             default <repo>/bench/target/gateway-bench-report.md
      """;

  public GatewayBenchOptions {
    clients = List.copyOf(clients);
    gatewayEnv = Map.copyOf(gatewayEnv);
    if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1 || c > 1024)) {
      throw new IllegalArgumentException("clients must be 1..1024: " + clients);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be >= 1: " + rounds);
    }
  }

  public static GatewayBenchOptions parse(String... args) {
    List<Integer> clients = List.of(16, 64, 256);
    Duration warmup = Duration.ofSeconds(3);
    Duration window = Duration.ofSeconds(10);
    Duration serviceWarmup = Duration.ofSeconds(30);
    int rounds = 2;
    Map<String, String> gatewayEnv = new LinkedHashMap<>();
    Path repo = Path.of(".");
    Path report = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        clients = List.of(64, 256);
        warmup = Duration.ofSeconds(2);
        window = Duration.ofSeconds(5);
        serviceWarmup = Duration.ofSeconds(10);
        rounds = 1;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + arg + "\n" + USAGE);
      }
      String value = args[++i];
      switch (arg) {
        case "--clients" ->
            clients =
                Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
        case "--warmup" -> warmup = BenchOptions.duration(value);
        case "--duration" -> window = BenchOptions.duration(value);
        case "--service-warmup" -> serviceWarmup = BenchOptions.duration(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--gateway-env" -> gatewayEnv.putAll(environment(value));
        case "--repo" -> repo = Path.of(value);
        case "--report" -> report = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
    }
    repo = repo.toAbsolutePath().normalize();
    return new GatewayBenchOptions(
        clients,
        warmup,
        window,
        serviceWarmup,
        rounds,
        gatewayEnv,
        repo,
        report != null ? report : repo.resolve("bench/target/gateway-bench-report.md"));
  }

  /** {@code K=V,K2=V2}. */
  static Map<String, String> environment(String value) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String pair : value.split(",")) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("--gateway-env takes K=V,...: " + value);
      }
      env.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return env;
  }
}
