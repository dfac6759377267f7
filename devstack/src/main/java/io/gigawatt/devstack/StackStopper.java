package io.gigawatt.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/** Stops what a start left pid files for: the gateway, then the services, Kafka and PG last. */
final class StackStopper {
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final StackHome home;
  private final List<String> report = Collections.synchronizedList(new ArrayList<>());

  StackStopper(StackHome home) {
    this.home = home;
  }

  List<String> stopAll() {
    List<StackProcess> services = StackProcess.SERVICES;
    stop(List.of(services.get(3)));
    stop(services.subList(0, 3));
    stop(List.of(StackProcess.KAFKA, StackProcess.POSTGRES));
    stop(List.of(StackProcess.POSTGRES_SERVER));
    return List.copyOf(report);
  }

  private void stop(List<StackProcess> processes) {
    Parallel.forEach(processes, this::stop);
  }

  private void stop(StackProcess process) {
    OptionalLong pid = Pids.read(home.pidFile(process.name()));
    if (pid.isEmpty()) {
      return;
    }
    long p = pid.getAsLong();
    if (process.isRunningAs(p)) {
      boolean killed = Pids.stop(p, GRACE);
      report.add(
          String.format("%-17s pid %-7d %s", process.name(), p, killed ? "killed" : "stopped"));
    }
    Reaper.forget(p);
    try {
      Files.deleteIfExists(home.pidFile(process.name()));
    } catch (IOException e) {
      report.add("Cannot delete " + home.pidFile(process.name()) + ": " + e.getMessage());
    }
  }
}
