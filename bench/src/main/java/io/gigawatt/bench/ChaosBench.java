package io.gigawatt.bench;

import io.gigawatt.bench.chaos.Chaos;
import io.gigawatt.bench.chaos.ChaosOptions;
import io.gigawatt.bench.chaos.ChaosReport;
import io.gigawatt.bench.chaos.ChaosResult;
import io.gigawatt.bench.chaos.ChaosStack;
import io.gigawatt.devstack.AdminKey;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./gigawatt chaos}: the chaos suite on a supervised stack of its own in {@code
 * bench/target/chaos-stack} (removed after), with a writer key issued for the run. Exits 1 when
 * anything was lost or doubled; the report goes to {@code bench/target/chaos-report.md}.
 */
public final class ChaosBench {
  private ChaosBench() {}

  public static void main(String[] args) throws Exception {
    if (java.util.List.of(args).contains("--help")) {
      System.out.println(ChaosOptions.USAGE);
      return;
    }
    ChaosOptions options;
    try {
      options = ChaosOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Path home = options.repo().resolve("bench/target/chaos-stack");
    BenchStacks.delete(home);
    System.out.println("[chaos] starting the supervised stack in " + home);
    ChaosStack stack = ChaosStack.start(options.repo(), home, options.longestStop());
    ChaosResult result;
    try {
      String actor = "chaos-" + System.currentTimeMillis();
      String admin = AdminKey.read(home).orElseThrow();
      String writer = BenchStacks.issueKey(stack.gatewayUrl(), admin, "writer", actor);
      result = Chaos.run(stack, writer, actor, options);
    } finally {
      stack.stop();
      BenchStacks.delete(home);
    }
    String command = ("./gigawatt chaos " + String.join(" ", args)).trim();
    String markdown = ChaosReport.markdown(result, command);
    Files.createDirectories(options.report().toAbsolutePath().getParent());
    Files.writeString(options.report(), markdown);
    System.out.println();
    System.out.println(markdown);
    System.out.println("Report written to " + options.report());
    System.exit(result.clean() ? 0 : 1);
  }
}
