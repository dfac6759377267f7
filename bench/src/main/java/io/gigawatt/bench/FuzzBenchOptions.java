package io.gigawatt.bench;

import io.gigawatt.bench.fuzz.FuzzOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;

/** The command line of {@link FuzzBench}; see {@link #USAGE}. */
public record FuzzBenchOptions(
    FuzzOptions fuzz, URI gateway, String adminKey, Path repo, Path report) {

  public static final String USAGE =
      """
      Usage: ./bench/run fuzz [options]
        Hostile requests across every route of the gateway, as anonymous, reader, writer and
        admin; checks every answer and, at the end, what was written. Starts the packaged stack
        (no seed data) unless --gateway names a running one.
        --requests 10000          how many requests
        --seed 1                  the same seed and size send the same requests
        --workers 4               connections at once (anonymous requests have a lane of their own)
        --anonymous-rate 15       anonymous requests per second (the gateway allows 20 per address)
        --only INDEX              send only request INDEX of the seed (after fresh fixtures)
        --skip LABEL              leave out requests whose mutation label starts with LABEL
                                  (repeatable)
        --gateway URL             fuzz a running gateway (e.g. http://127.0.0.1:8080) ...
        --admin-key KEY           ... with this admin key (default: $GIGAWATT_ADMIN_KEY)
        --repo DIR                the repository (default: the current directory)
        --report FILE             default <repo>/bench/target/fuzz-report.md
      """;

  public static FuzzBenchOptions parse(String... args) {
    long seed = 1;
    int requests = 10_000;
    int workers = 4;
    double anonymousRate = 15;
    OptionalInt only = OptionalInt.empty();
    Set<String> skip = new LinkedHashSet<>();
    URI gateway = null;
    String adminKey = System.getenv("GIGAWATT_ADMIN_KEY");
    Path repo = Path.of(".");
    Path report = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value after " + arg + "\n" + USAGE);
      }
      String value = args[++i];
      switch (arg) {
        case "--requests" -> requests = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--workers" -> workers = Integer.parseInt(value);
        case "--anonymous-rate" -> anonymousRate = Double.parseDouble(value);
        case "--only" -> only = OptionalInt.of(Integer.parseInt(value));
        case "--skip" -> skip.add(value);
        case "--gateway" -> gateway = URI.create(value);
        case "--admin-key" -> adminKey = value;
        case "--repo" -> repo = Path.of(value);
        case "--report" -> report = Path.of(value);
        default -> throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
      }
    }
    if (gateway != null && (adminKey == null || adminKey.isBlank())) {
      throw new IllegalArgumentException("--gateway needs --admin-key or $GIGAWATT_ADMIN_KEY");
    }
    FuzzOptions fuzz =
        new FuzzOptions(seed, requests, workers, anonymousRate, skip, only, Duration.ofSeconds(30));
    return new FuzzBenchOptions(
        fuzz,
        gateway,
        adminKey,
        repo,
        report != null ? report : repo.resolve("bench/target/fuzz-report.md"));
  }
}
