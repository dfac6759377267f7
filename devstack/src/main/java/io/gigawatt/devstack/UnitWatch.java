package io.gigawatt.devstack;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Keeps one unit running: restarts it when a process of it exits, when its liveness fails for
 * longer than the timeout (once it was up), or when {@code ./gigawatt restart} asks. Crashes in a
 * row wait a doubling backoff first; a unit that stayed up long enough starts over at the first.
 */
final class UnitWatch implements Runnable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final Duration HUNG_GRACE = Duration.ofSeconds(5);

  private final StackUnit unit;
  private final Supervisor supervisor;
  private final SupervisorSettings settings;
  private final Restarts restarts;
  private int crashesInARow;
  private long upSince;
  private long lastLive;
  private long nextProbe;
  private String livenessProblem;
  private String startFailure;

  UnitWatch(StackUnit unit, Supervisor supervisor) {
    this.unit = unit;
    this.supervisor = supervisor;
    this.settings = supervisor.settings();
    this.restarts = supervisor.restarts();
  }

  @Override
  public void run() {
    markUp();
    while (supervisor.watching()) {
      Pids.sleep(settings.poll());
      try {
        check();
      } catch (RuntimeException e) {
        System.out.println("Watching " + unit.unitName() + " failed once: " + e);
      }
    }
  }

  private void check() {
    if (supervisor.requested(unit)) {
      restart("requested (./gigawatt restart)", StackStopper.GRACE);
      return;
    }
    String trouble = trouble();
    if (trouble == null) {
      if (crashesInARow > 0 && elapsed(upSince).compareTo(settings.stableAfter()) >= 0) {
        crashesInARow = 0;
      }
    } else if (backoff(trouble)) {
      restart(trouble, unit.runs(supervisor.home()) ? HUNG_GRACE : STOP_GRACE);
    }
  }

  /** Why the unit needs a restart, or null. */
  private String trouble() {
    if (startFailure != null) {
      String failure = startFailure;
      startFailure = null;
      return failure;
    }
    for (StackProcess process : unit.processes()) {
      OptionalLong pid = Pids.read(supervisor.home().pidFile(process.name()));
      if (pid.isEmpty()) {
        return process.name() + " not running (no pid file)";
      }
      if (!process.isRunningAs(pid.getAsLong())) {
        return process.name() + " (pid " + pid.getAsLong() + ") exited";
      }
    }
    long now = System.nanoTime();
    if (now >= nextProbe) {
      nextProbe = now + settings.livenessInterval().toNanos();
      livenessProblem = unit.livenessProblem(supervisor.ports());
      if (livenessProblem == null) {
        lastLive = now;
      }
    }
    Duration failing = elapsed(lastLive);
    return failing.compareTo(settings.livenessTimeout()) > 0
        ? livenessProblem + " for " + seconds(failing)
        : null;
  }

  /** Waits the backoff of this crash; false when the supervisor stops meanwhile. */
  private boolean backoff(String trouble) {
    crashesInARow++;
    Duration delay = settings.backoff(crashesInARow);
    restarts.log(unit.unitName() + ": " + trouble + "; restarting in " + seconds(delay));
    restarts.phase(unit, "restarting in " + seconds(delay));
    long until = System.nanoTime() + delay.toNanos();
    while (supervisor.watching() && System.nanoTime() < until && !supervisor.requested(unit)) {
      Pids.sleep(settings.poll());
    }
    return supervisor.watching();
  }

  private void restart(String reason, Duration grace) {
    supervisor.clearRequest(unit);
    int number = restarts.record(unit, reason);
    long started = System.nanoTime();
    try {
      supervisor.launcher().stop(unit, grace).forEach(line -> restarts.log("  " + line));
      supervisor.launcher().startLive(unit);
      markUp();
      restarts.log(unit.unitName() + " up again in " + seconds(elapsed(started)) + pids());
    } catch (RuntimeException e) {
      if (supervisor.watching()) {
        String message = String.valueOf(e.getMessage());
        startFailure = "restart #" + number + " failed: " + message.lines().findFirst().orElse("");
        restarts.log(unit.unitName() + ": " + startFailure + "\n" + message);
        restarts.phase(unit, "start failed");
      }
    }
  }

  private void markUp() {
    long now = System.nanoTime();
    upSince = now;
    lastLive = now;
    nextProbe = now + settings.livenessInterval().toNanos();
    restarts.phase(unit, "up");
  }

  private String pids() {
    StringBuilder pids = new StringBuilder();
    for (StackProcess process : unit.processes()) {
      process
          .runningPid(supervisor.home())
          .ifPresent(pid -> pids.append(", ").append(process.name()).append(" pid ").append(pid));
    }
    return pids.toString();
  }

  private static Duration elapsed(long since) {
    return Duration.ofNanos(System.nanoTime() - since);
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
