package io.gigawatt.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** One line of {@code ./gigawatt status}. {@code pid} is -1 without a pid file. */
public record ProcessStatus(String name, long pid, boolean alive, int port, String health) {

  static List<ProcessStatus> of(StackHome home) {
    List<ProcessStatus> lines = new ArrayList<>();
    for (StackProcess process : StackProcess.all()) {
      OptionalLong pid = Pids.read(home.pidFile(process.name()));
      boolean alive = pid.isPresent() && process.isRunningAs(pid.getAsLong());
      int port = StackFile.port(home, process.name());
      lines.add(
          new ProcessStatus(
              process.name(), pid.orElse(-1), alive, port, health(process, alive, port)));
    }
    return lines;
  }

  private static String health(StackProcess process, boolean alive, int port) {
    if (!alive || port <= 0) {
      return "-";
    }
    if (StackProcess.SERVICES.contains(process)) {
      int status = HealthProbe.readiness(Services.url(port));
      return status == 200 ? "UP" : status < 0 ? "not answering" : "DOWN (HTTP " + status + ")";
    }
    return HealthProbe.portOpen(port) ? "accepting connections" : "port closed";
  }

  @Override
  public String toString() {
    return String.format(
        "%-17s %-8s %-6s %-6s %s",
        name,
        pid < 0 ? "-" : Long.toString(pid),
        alive ? "alive" : "dead",
        port < 0 ? "-" : Integer.toString(port),
        health);
  }
}
