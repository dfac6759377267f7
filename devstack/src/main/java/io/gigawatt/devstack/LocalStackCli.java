package io.gigawatt.devstack;

import java.nio.file.Path;
import java.util.List;

/** The command line behind {@code ./gigawatt}. Returns the exit code. */
final class LocalStackCli {
  private static final String USAGE =
      "Usage: LocalStack up|down|status|restart <process> [--repo DIR] [--home DIR] [--no-seed]";

  private LocalStackCli() {}

  static int run(String[] args) {
    Options options = new Options(args);
    String command = args.length > 0 ? args[0] : "help";
    Path repo = options.path("--repo", Path.of(".").toAbsolutePath().normalize());
    Path home = options.path("--home", repo.resolve(".gigawatt"));
    LocalStackConfig config =
        new LocalStackConfig(
            repo,
            home,
            StackPorts.fromEnvironment(System.getenv()),
            !options.has("--no-seed"),
            false,
            true,
            SupervisorSettings.fromEnvironment(System.getenv()));
    try {
      return switch (command) {
        case "up" -> up(config);
        case "down" -> down(home);
        case "status" -> status(home);
        case "restart" -> args.length > 1 ? restart(config, args[1]) : usage();
        default -> usage();
      };
    } catch (SeedingFailedException e) {
      System.err.println("Seeding failed: " + e.getMessage());
      System.err.println(
          "The stack keeps running (./gigawatt status); ./gigawatt up retries the seeding.");
      return 1;
    } catch (RuntimeException e) {
      System.err.println("gigawatt " + command + " failed: " + e.getMessage());
      if (command.equals("up")) {
        System.err.println(
            "What this up started is stopped again (./gigawatt status shows what runs); logs in "
                + home.resolve("logs"));
      }
      return 1;
    }
  }

  private static int usage() {
    System.err.println(USAGE);
    System.err.println("Processes: supervisor, " + StackUnit.processNames());
    return 2;
  }

  private static int up(LocalStackConfig config) {
    Path home = config.home();
    boolean running = LocalStack.isRunning(home);
    if (!running) {
      System.out.println(
          "Starting Kafka, PostgreSQL, the four services and the supervisor (logs in "
              + home.resolve("logs")
              + ")");
    }
    RunningStack stack = LocalStack.up(config);
    if (stack.started().isEmpty()) {
      System.out.println("The Gigawatt local stack is already running:");
      printStatus(home);
    } else if (running) {
      System.out.println(
          "Started " + String.join(", ", stack.started()) + "; the rest was running.");
    } else {
      System.out.printf("Gigawatt local stack up in %.1f s%n", stack.startup().toMillis() / 1000.0);
    }
    System.out.println(stack.describe());
    System.out.println(AdminKey.describe(home));
    if (stack.seededNow()) {
      System.out.println(
          "  Seeded the Stargate 2025 dataset and Epoch AI's GPU clusters (logs: "
              + home
              + "/logs/seed.log, seed-epoch.log)");
    }
    System.out.println(
        "A supervisor restarts what dies. ./gigawatt status shows the processes and their"
            + " restarts, ./gigawatt restart <process> restarts one, ./gigawatt down stops all.");
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

  private static int restart(LocalStackConfig config, String process) {
    System.out.println("Restarting " + process + "...");
    System.out.println(LocalStack.restart(config, process));
    return 0;
  }

  private static int status(Path home) {
    printStatus(home);
    return LocalStack.isRunning(home) ? 0 : 3;
  }

  private static void printStatus(Path home) {
    List<ProcessStatus> lines = LocalStack.status(home);
    System.out.println(ProcessStatus.HEADER);
    lines.forEach(System.out::println);
    boolean supervisorDead =
        lines.stream().anyMatch(s -> s.name().equals("supervisor") && !s.alive());
    if (supervisorDead && lines.stream().anyMatch(ProcessStatus::alive)) {
      System.out.println(
          "No supervisor runs: nothing restarts what dies. ./gigawatt up starts it.");
    }
  }
}
