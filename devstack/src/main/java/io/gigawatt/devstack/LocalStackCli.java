package io.gigawatt.devstack;

import java.nio.file.Path;
import java.util.List;

/** The command line behind {@code ./gigawatt}. Returns the exit code. */
final class LocalStackCli {
  private LocalStackCli() {}

  static int run(String[] args) {
    String command = args.length > 0 ? args[0] : "help";
    Path repo = Path.of(option(args, "--repo", ".")).toAbsolutePath().normalize();
    Path home = Path.of(option(args, "--home", repo.resolve(".gigawatt").toString()));
    boolean seed = !List.of(args).contains("--no-seed");
    try {
      return switch (command) {
        case "up" -> up(repo, home, seed);
        case "down" -> down(home);
        case "status" -> status(home);
        default -> {
          System.err.println(
              "Usage: LocalStack up|down|status [--repo DIR] [--home DIR] [--no-seed]");
          yield 2;
        }
      };
    } catch (RuntimeException e) {
      System.err.println("gigawatt " + command + " failed: " + e.getMessage());
      if (command.equals("up")) {
        System.err.println(
            "Everything it started is stopped again; logs in "
                + home.resolve("logs")
                + (e.getMessage() != null && e.getMessage().startsWith("Seeding")
                    ? "; ./gigawatt up --no-seed starts without seeding"
                    : ""));
      }
      return 1;
    }
  }

  private static int up(Path repo, Path home, boolean seed) {
    if (LocalStack.isRunning(home)) {
      boolean all = LocalStack.status(home).stream().allMatch(ProcessStatus::alive);
      System.out.println(
          all
              ? "The Gigawatt local stack is already running:"
              : "The Gigawatt local stack is partly running; run ./gigawatt down first:");
      printStatus(home);
      return all ? 0 : 1;
    }
    StackPorts ports = StackPorts.fromEnvironment(System.getenv());
    System.out.println(
        "Starting Kafka, PostgreSQL and the four services (logs in " + home + "/logs)");
    RunningStack stack =
        LocalStack.start(new LocalStackConfig(repo, home, ports, seed, false, true));
    System.out.printf("Gigawatt local stack up in %.1f s%n", stack.startup().toMillis() / 1000.0);
    System.out.println(stack.describe());
    System.out.println(AdminKey.describe(home));
    if (stack.seededNow()) {
      System.out.println("  Seeded the Stargate 2025 dataset (log: " + home + "/logs/seed.log)");
    }
    System.out.println("Stop it with ./gigawatt down; see it with ./gigawatt status");
    return 0;
  }

  private static int down(Path home) {
    List<String> stopped = LocalStack.stop(home);
    if (stopped.isEmpty()) {
      System.out.println("Nothing running (no live process in " + home.resolve("run") + ")");
    } else {
      stopped.forEach(System.out::println);
    }
    return 0;
  }

  private static int status(Path home) {
    printStatus(home);
    return LocalStack.isRunning(home) ? 0 : 3;
  }

  private static void printStatus(Path home) {
    System.out.printf("%-17s %-8s %-6s %-6s %s%n", "PROCESS", "PID", "STATE", "PORT", "HEALTH");
    LocalStack.status(home).forEach(System.out::println);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
