package io.gigawatt.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole Gigawatt stack as local processes: Kafka, PostgreSQL (databases sites, contracts,
 * capacity) and the four Quarkus services, optionally watched by a supervisor that restarts what
 * dies, with logs in {@code <home>/logs}, pid files in {@code <home>/run} and data in {@code
 * <home>/data}. {@link #main} is {@code ./gigawatt up|down|status|restart}.
 */
public final class LocalStack {
  private LocalStack() {}

  /**
   * Starts everything and waits until each service answers {@code /q/health/ready} with 200; then
   * the supervisor, if configured; seeds the Stargate 2025 dataset once per home when asked. On a
   * failure before seeding stops what it started; a seeding failure leaves the stack running.
   *
   * @throws IllegalStateException when this home's stack already runs, a jar is missing, a port is
   *     taken or a process does not get healthy (with its log tail)
   * @throws SeedingFailedException when seeding failed (the stack runs)
   */
  public static RunningStack start(LocalStackConfig config) {
    if (isRunning(config.home())) {
      throw new IllegalStateException(
          "The local stack in " + config.home() + " is already running");
    }
    return up(config);
  }

  /**
   * Like {@link #start}, but on a partly running stack starts what is missing (with the ports the
   * stack was started with; through its supervisor if that runs) and on a running one nothing:
   * {@link RunningStack#started()} says what it started.
   */
  public static RunningStack up(LocalStackConfig config) {
    return new StackStarter(config).start();
  }

  /**
   * Stops the supervisor first, so it restarts nothing, then the processes of the pid files in
   * {@code <home>/run}, Kafka and PostgreSQL last; returns one line per process.
   */
  public static List<String> stop(Path home) {
    StackHome stackHome = new StackHome(home);
    List<String> stopped = new ArrayList<>(SupervisorProcess.stop(stackHome));
    stopped.addAll(new StackStopper(stackHome).stopAll());
    new Restarts(stackHome).delete();
    return stopped;
  }

  /**
   * Restarts one process by the name status prints (PostgreSQL's JVM and its postmaster go
   * together) and waits until it is ready; returns a line saying so. Goes through the supervisor
   * when one runs. {@code config} gives the repository, home and supervisor settings.
   */
  public static String restart(LocalStackConfig config, String process) {
    return new StackRestart(config).restart(process);
  }

  public static List<ProcessStatus> status(Path home) {
    return ProcessStatus.of(new StackHome(home));
  }

  /** True when any process of this home's pid files runs. */
  public static boolean isRunning(Path home) {
    StackHome stackHome = new StackHome(home);
    return SupervisorProcess.pid(stackHome).isPresent()
        || StackProcess.all().stream().anyMatch(p -> p.runningPid(stackHome).isPresent());
  }

  /** {@code up|down|status|restart <process> [--repo DIR] [--home DIR] [--no-seed]}. */
  public static void main(String[] args) {
    System.exit(LocalStackCli.run(args));
  }
}
