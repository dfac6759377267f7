package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The supervisor JVM of a local stack, from outside: started detached after the stack is up (small
 * heap), stopped first by {@code down} so it restarts nothing that is being stopped, and asked to
 * restart a unit through a request file in {@code run/}.
 */
final class SupervisorProcess {
  static final String MAIN = "io.gigawatt.devstack.SupervisorMain";
  private static final List<String> JVM_OPTIONS =
      List.of("-Xmx64m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private SupervisorProcess() {}

  /** Starts the supervisor of a started stack; an attached one stops the stack with this JVM. */
  static long start(LocalStackConfig config) {
    StackHome home = new StackHome(config.home());
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--repo", config.repoRoot().toString(), "--home", home.root().toString()));
    args.addAll(config.supervisor().toArgs());
    if (config.attached()) {
      args.addAll(List.of("--owner-pid", Long.toString(ProcessHandle.current().pid())));
    }
    ForkedJvm jvm =
        new ForkedJvm(
            StackProcess.SUPERVISOR.name(),
            MAIN,
            JVM_OPTIONS,
            args,
            home.logFile(StackProcess.SUPERVISOR.name()),
            true);
    return jvm.start(START_TIMEOUT, pid -> Pids.write(pidFile(home), pid)).pid();
  }

  static OptionalLong pid(StackHome home) {
    return StackProcess.SUPERVISOR.runningPid(home);
  }

  /** Stops the supervisor, if it runs; returns a line saying so. */
  static List<String> stop(StackHome home) {
    List<String> report = new ArrayList<>();
    pid(home)
        .ifPresent(
            pid -> {
              boolean killed = Pids.stop(pid, STOP_GRACE);
              report.add(
                  String.format(
                      "%-17s pid %-7d %s", "supervisor", pid, killed ? "killed" : "stopped"));
            });
    try {
      Files.deleteIfExists(pidFile(home));
      for (StackUnit unit : StackUnit.values()) {
        Files.deleteIfExists(request(home, unit));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report;
  }

  /** Asks the running supervisor to restart the unit now (no backoff). */
  static void requestRestart(StackHome home, StackUnit unit) {
    try {
      Files.writeString(request(home, unit), Instant.now() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path request(StackHome home, StackUnit unit) {
    return home.run().resolve(unit.unitName() + ".restart-requested");
  }

  private static Path pidFile(StackHome home) {
    return home.pidFile(StackProcess.SUPERVISOR.name());
  }
}
