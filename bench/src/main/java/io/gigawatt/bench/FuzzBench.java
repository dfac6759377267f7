package io.gigawatt.bench;

import io.gigawatt.bench.fuzz.FuzzResult;
import io.gigawatt.bench.fuzz.FuzzTarget;
import io.gigawatt.bench.fuzz.Fuzzer;
import io.gigawatt.devstack.AdminKey;
import io.gigawatt.devstack.LocalStack;
import io.gigawatt.devstack.LocalStackConfig;
import io.gigawatt.devstack.RunningStack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile input at full size: the packaged stack (or a running gateway), a reader and a writer key
 * issued with the admin key, then {@link Fuzzer}; the report lists requests per route and role,
 * statuses, and each violation with the request that reproduces it. Run with {@code ./bench/run
 * fuzz}.
 */
public final class FuzzBench {
  private FuzzBench() {}

  public static void main(String[] args) throws Exception {
    BenchMain.run(
        args,
        FuzzBenchOptions.USAGE,
        "./bench/run fuzz",
        FuzzBenchOptions::parse,
        FuzzBenchOptions::report,
        FuzzBench::run);
  }

  static String run(FuzzBenchOptions options, String command) throws Exception {
    RunningStack stack = null;
    Path home = options.repo().resolve("bench/target/fuzz-stack").toAbsolutePath();
    try {
      URI gateway = options.gateway();
      String admin = options.adminKey();
      if (gateway == null) {
        BenchStacks.delete(home);
        System.out.println("[fuzz] starting the packaged stack in " + home);
        stack =
            LocalStack.start(
                LocalStackConfig.forTests(options.repo().toAbsolutePath(), home, false));
        gateway = URI.create(stack.gatewayUrl());
        admin = AdminKey.read(home).orElseThrow();
      }
      String url = gateway.toString();
      FuzzTarget target =
          FuzzTarget.of(
              gateway.getHost(),
              gateway.getPort(),
              admin,
              BenchStacks.issueKey(url, admin, "writer", "fuzz writer " + System.nanoTime()),
              BenchStacks.issueKey(url, admin, "reader", "fuzz reader " + System.nanoTime()));
      FuzzResult result = Fuzzer.run(target, options.fuzz());
      String markdown = result.markdown(command);
      Files.createDirectories(options.report().toAbsolutePath().getParent());
      Files.writeString(options.report(), markdown);
      System.out.println(result.clean() ? "[fuzz] clean" : "[fuzz] VIOLATIONS: see the report");
      return markdown;
    } finally {
      if (stack != null) {
        stack.stop();
        BenchStacks.delete(home);
      }
    }
  }
}
