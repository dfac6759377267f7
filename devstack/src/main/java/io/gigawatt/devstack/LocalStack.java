package io.gigawatt.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole Gigawatt stack as local processes: Kafka, PostgreSQL (databases sites, contracts,
 * capacity) and the four Quarkus services, with logs in {@code <home>/logs}, pid files in {@code
 * <home>/run} and data in {@code <home>/data}. {@link #main} is {@code ./gigawatt up|down|status}.
 */
public final class LocalStack {
  private LocalStack() {}

  /**
   * Starts everything and waits until each service answers {@code /q/health/ready} with 200; seeds
   * the Stargate 2025 dataset once per home when asked. On failure stops what it started.
   *
   * @throws IllegalStateException when this home's stack already runs, a jar is missing, a port is
   *     taken or a process does not get healthy (with its log tail)
   */
  public static RunningStack start(LocalStackConfig config) {
    if (isRunning(config.home())) {
      throw new IllegalStateException(
          "The local stack in " + config.home() + " is already running");
    }
    try {
      return new StackStarter(config).start();
    } catch (RuntimeException e) {
      stop(config.home());
      throw e;
    }
  }

  /** Stops the processes of the pid files in {@code <home>/run}; returns one line per process. */
  public static List<String> stop(Path home) {
    return new StackStopper(new StackHome(home)).stopAll();
  }

  public static List<ProcessStatus> status(Path home) {
    return ProcessStatus.of(new StackHome(home));
  }

  /** True when any process of this home's pid files runs. */
  public static boolean isRunning(Path home) {
    return status(home).stream().anyMatch(ProcessStatus::alive);
  }

  /** {@code up|down|status [--repo DIR] [--home DIR] [--no-seed]}. */
  public static void main(String[] args) {
    System.exit(LocalStackCli.run(args));
  }
}
