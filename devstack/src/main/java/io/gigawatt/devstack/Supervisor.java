package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Watches every unit of a local stack, one {@link UnitWatch} thread each, until it is stopped. With
 * an owner pid (a test JVM) it stops the whole stack once that process is gone.
 */
final class Supervisor {
  private final StackHome home;
  private final UnitLauncher launcher;
  private final SupervisorSettings settings;
  private final Restarts restarts;
  private volatile boolean watching = true;

  Supervisor(LocalStackConfig config, StackPorts ports) {
    this.home = new StackHome(config.home());
    this.launcher = new UnitLauncher(config, ports);
    this.settings = config.supervisor();
    this.restarts = new Restarts(home);
  }

  void run(OptionalLong ownerPid) {
    String description =
        String.format(
            "watching, liveness timeout %s, backoff %s to %s",
            UnitWatch.seconds(settings.livenessTimeout()),
            UnitWatch.seconds(settings.backoffInitial()),
            UnitWatch.seconds(settings.backoffMax()));
    restarts.supervisor(description);
    restarts.log("supervisor pid " + ProcessHandle.current().pid() + " " + description);
    for (StackUnit unit : StackUnit.values()) {
      Thread thread = new Thread(new UnitWatch(unit, this), "watch-" + unit.unitName());
      thread.setDaemon(true);
      thread.start();
    }
    System.out.println(
        ReadyLine.format(
            "supervisor",
            Map.of("pid", ProcessHandle.current().pid(), "units", StackUnit.values().length)));
    while (watching) {
      Pids.sleep(settings.poll());
      if (ownerPid.isPresent() && !Pids.isRunning(ownerPid.getAsLong())) {
        restarts.log("owner pid " + ownerPid.getAsLong() + " exited: stopping the stack");
        shutdown();
        new StackStopper(home).stopAll().forEach(line -> restarts.log("  " + line));
        delete(home.pidFile(StackProcess.SUPERVISOR.name()));
      }
    }
  }

  /** Starts nothing more: waits for a launch under way to record its pid, refuses the rest. */
  void shutdown() {
    watching = false;
    ProcessLauncher.refuseLaunches();
  }

  boolean watching() {
    return watching;
  }

  boolean requested(StackUnit unit) {
    return Files.exists(SupervisorProcess.request(home, unit));
  }

  void clearRequest(StackUnit unit) {
    delete(SupervisorProcess.request(home, unit));
  }

  StackHome home() {
    return home;
  }

  StackPorts ports() {
    return launcher.ports();
  }

  UnitLauncher launcher() {
    return launcher;
  }

  SupervisorSettings settings() {
    return settings;
  }

  Restarts restarts() {
    return restarts;
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
