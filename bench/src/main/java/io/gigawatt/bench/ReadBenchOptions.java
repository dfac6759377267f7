package io.gigawatt.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The options of {@code ./bench/read}. */
record ReadBenchOptions(
    Path repo,
    List<Long> sizes,
    int subscribers,
    long subscriberEvents,
    int visibilitySamples,
    int readClients,
    int readSeconds,
    int writeClients) {

  static final String USAGE =
      """
      Usage: ./bench/read [--sizes 10000,100000,1000000] [--subscribers 500]
                          [--subscriber-events 100000] [--visibility-samples 300]
                          [--read-clients 4] [--read-seconds 10] [--write-clients 64] [--quick]

      The read-side benchmark: the live projection rate and the rebuild rate beside Kafka's raw
      consumer rate, read latency at each ledger size, command-to-visible latency idle and at half
      the maximum write load, lag under the maximum write load, capacity-service's memory, and the
      projection rate with SSE subscribers connected. Report: bench/target/read-bench-report.md
      --quick: sizes 10000,50000, 100 subscribers, 20,000 subscriber events, 50 samples, 5 s reads.
      """;

  static ReadBenchOptions parse(String[] args, Path repo) {
    List<String> list = Arrays.asList(args);
    boolean quick = list.contains("--quick");
    return new ReadBenchOptions(
        repo,
        Arrays.stream(
                value(list, "--sizes", quick ? "10000,50000" : "10000,100000,1000000").split(","))
            .map(String::trim)
            .map(Long::parseLong)
            .sorted()
            .toList(),
        Integer.parseInt(value(list, "--subscribers", quick ? "100" : "500")),
        Long.parseLong(value(list, "--subscriber-events", quick ? "20000" : "100000")),
        Integer.parseInt(value(list, "--visibility-samples", quick ? "50" : "300")),
        Integer.parseInt(value(list, "--read-clients", "4")),
        Integer.parseInt(value(list, "--read-seconds", quick ? "5" : "10")),
        Integer.parseInt(value(list, "--write-clients", "64")));
  }

  private static String value(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args.get(at + 1);
  }
}
