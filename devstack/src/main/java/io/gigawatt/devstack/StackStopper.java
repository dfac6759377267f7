package io.gigawatt.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stops the units of a stack by their pid files: the gateway, then the services, Kafka and
 * PostgreSQL last; or one unit, for a restart.
 */
final class StackStopper {
  static final Duration GRACE = Duration.ofSeconds(30);

  private final StackHome home;

  StackStopper(StackHome home) {
    this.home = home;
  }

  List<String> stopAll() {
    List<String> report = Collections.synchronizedList(new ArrayList<>());
    for (List<StackUnit> step :
        List.of(
            List.of(StackUnit.GATEWAY),
            List.of(StackUnit.SITE_SERVICE, StackUnit.CONTRACT_SERVICE, StackUnit.CAPACITY_SERVICE),
            List.of(StackUnit.KAFKA, StackUnit.POSTGRES))) {
      Parallel.forEach(step, unit -> report.addAll(stop(unit, GRACE)));
    }
    return List.copyOf(report);
  }

  /**
   * Stops whatever of the unit still runs (SIGTERM, SIGKILL after {@code grace}) and removes its
   * pid files. PostgreSQL's JVM stops its postmaster; a postmaster left without it (its JVM was
   * killed, or died before writing the pid file) gets a fast shutdown. Returns one line per stopped
   * process.
   */
  List<String> stop(StackUnit unit, Duration grace) {
    List<String> report = new ArrayList<>();
    for (StackProcess process : unit.processes()) {
      OptionalLong pid = Pids.read(home.pidFile(process.name()));
      if (process == StackProcess.POSTGRES_SERVER) {
        pid = pid.isPresent() ? pid : postmasterPid();
      }
      if (pid.isPresent() && process.isRunningAs(pid.getAsLong())) {
        long p = pid.getAsLong();
        boolean killed =
            process == StackProcess.POSTGRES_SERVER
                ? Pids.stop(p, "INT", grace)
                : Pids.stop(p, grace);
        report.add(
            String.format("%-17s pid %-7d %s", process.name(), p, killed ? "killed" : "stopped"));
        Reaper.forget(p);
      }
      delete(home.pidFile(process.name()), report);
    }
    return report;
  }

  /** The first line of PostgreSQL's own postmaster.pid in the data dir. */
  private OptionalLong postmasterPid() {
    try (var lines = Files.lines(home.data().resolve("postgres").resolve("postmaster.pid"))) {
      return lines.findFirst().map(l -> OptionalLong.of(Long.parseLong(l.trim()))).orElseThrow();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  private static void delete(Path file, List<String> report) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      report.add("Cannot delete " + file + ": " + e.getMessage());
    }
  }
}
