package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;

/**
 * Waits until units run and are ready for clients; on timeout says, for each unit that is not, what
 * the supervisor is doing about it, its last restart and its log tail.
 */
final class UnitsReady {
  private UnitsReady() {}

  static void await(StackHome home, StackPorts ports, List<StackUnit> units, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<StackUnit> waiting =
          units.stream().filter(unit -> !unit.runs(home) || !unit.ready(ports)).toList();
      if (waiting.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Not ready after " + timeout + ":\n" + describe(home, waiting));
      }
      Pids.sleep(Duration.ofMillis(200));
    }
  }

  private static String describe(StackHome home, List<StackUnit> units) {
    Restarts restarts = new Restarts(home);
    StringBuilder text = new StringBuilder();
    for (StackUnit unit : units) {
      text.append(unit.unitName())
          .append(": ")
          .append(restarts.phase(unit).orElse(unit.runs(home) ? "running" : "not running"));
      restarts
          .of(unit)
          .ifPresent(
              r -> text.append("; last restart ").append(r.last()).append(": ").append(r.reason()));
      text.append('\n').append(LogTail.of(home.logFile(unit.unitName()), 20));
    }
    return text.toString();
  }
}
