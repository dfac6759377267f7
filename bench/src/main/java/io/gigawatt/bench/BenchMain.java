package io.gigawatt.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The command line shared by the benches: --help, options, run, print and write the report. */
final class BenchMain {
  /** A bench run with its options and its command line, answering the report. */
  interface Bench<O> {
    String run(O options, String command) throws Exception;
  }

  private BenchMain() {}

  static <O> void run(
      String[] args,
      String usage,
      String commandPrefix,
      Function<String[], O> parse,
      Function<O, Path> report,
      Bench<O> bench)
      throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(usage);
      return;
    }
    O options;
    try {
      options = parse.apply(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String command = (commandPrefix + " " + String.join(" ", args)).trim();
    String markdown = bench.run(options, command);
    System.out.println();
    System.out.println(markdown);
    System.out.println("Report written to " + report.apply(options));
    System.exit(0);
  }
}
