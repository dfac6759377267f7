package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code ./gigawatt restart <process>}: stops one unit gracefully and starts it again with its port
 * and data, through the supervisor when one runs (so the two never race), directly otherwise.
 * {@code supervisor} restarts the supervisor itself.
 */
final class StackRestart {
  private static final Duration TIMEOUT = Duration.ofSeconds(300);
  private static final String REASON = "requested (./gigawatt restart)";

  private final LocalStackConfig config;
  private final StackHome home;

  StackRestart(LocalStackConfig config) {
    this.config = config;
    this.home = new StackHome(config.home());
  }

  /** Restarts the process's unit and waits until it is ready; returns what happened. */
  String restart(String process) {
    long begin = System.nanoTime();
    if (process.equals(StackProcess.SUPERVISOR.name())) {
      SupervisorProcess.stop(home);
      long pid =
          SupervisorProcess.start(
              config.supervised() ? config : config.withSupervisor(SupervisorSettings.defaults()));
      return "supervisor restarted (pid " + pid + ")";
    }
    StackUnit unit = StackUnit.of(process);
    StackPorts ports =
        StackFile.ports(home)
            .orElseThrow(() -> new IllegalStateException("The stack in " + home + " never ran"));
    List<OptionalLong> before = pids(unit);
    if (SupervisorProcess.pid(home).isPresent()) {
      throughSupervisor(unit);
    } else {
      new Restarts(home).record(unit, REASON);
      UnitLauncher launcher = new UnitLauncher(config, ports);
      launcher.stop(unit, StackStopper.GRACE);
      launcher.startReady(unit);
    }
    UnitsReady.await(home, ports, List.of(unit), TIMEOUT);
    return String.format(
        "%s restarted: pid %s -> %s, ready after %.1f s",
        unit.unitName(), text(before), text(pids(unit)), (System.nanoTime() - begin) / 1e9);
  }

  private void throughSupervisor(StackUnit unit) {
    Restarts restarts = new Restarts(home);
    int before = count(restarts, unit);
    SupervisorProcess.requestRestart(home, unit);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      boolean restarted = count(restarts, unit) > before;
      String phase = restarts.phase(unit).orElse("");
      if (restarted && phase.equals("up")) {
        return;
      }
      if (restarted && phase.startsWith("start failed")) {
        throw new IllegalStateException(
            unit.unitName()
                + " did not start; the supervisor keeps trying (./gigawatt status, "
                + home.logFile(StackProcess.SUPERVISOR.name())
                + ")\n"
                + LogTail.of(home.logFile(unit.unitName()), 20));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(unit.unitName() + " not restarted after " + TIMEOUT);
      }
      Pids.sleep(Duration.ofMillis(100));
    }
  }

  private static int count(Restarts restarts, StackUnit unit) {
    return restarts.of(unit).map(Restarts.Restart::count).orElse(0);
  }

  private List<OptionalLong> pids(StackUnit unit) {
    return unit.processes().stream().map(p -> p.runningPid(home)).toList();
  }

  private static String text(List<OptionalLong> pids) {
    return String.join(
        "/", pids.stream().map(p -> p.isPresent() ? Long.toString(p.getAsLong()) : "-").toList());
  }
}
