package io.gigawatt.devstack;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of {@code ./gigawatt status}. {@code pid} is -1 without a pid file; {@code restarts}
 * counts the restarts of the process's unit, {@code lastRestart} says when and why (empty: none).
 */
public record ProcessStatus(
    String name,
    long pid,
    boolean alive,
    int port,
    String health,
    int restarts,
    String lastRestart) {
  static final String HEADER =
      String.format(
          "%-17s %-8s %-6s %-6s %-22s %-8s %s",
          "PROCESS", "PID", "STATE", "PORT", "HEALTH", "RESTARTS", "LAST RESTART");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  static List<ProcessStatus> of(StackHome home) {
    Restarts restarts = new Restarts(home);
    boolean supervised = SupervisorProcess.pid(home).isPresent();
    List<ProcessStatus> lines = new ArrayList<>();
    lines.add(supervisor(home, restarts));
    for (StackProcess process : StackProcess.all()) {
      StackUnit unit = StackUnit.of(process.name());
      OptionalLong pid = Pids.read(home.pidFile(process.name()));
      boolean alive = pid.isPresent() && process.isRunningAs(pid.getAsLong());
      int port = StackFile.port(home, process.name());
      String health = health(process, alive, port);
      Optional<String> phase = supervised ? restarts.phase(unit) : Optional.empty();
      if (phase.isPresent() && !phase.get().equals("up") && !health.equals("UP")) {
        health = health.equals("-") ? phase.get() : health + ", " + phase.get();
      }
      Optional<Restarts.Restart> restart = restarts.of(unit);
      lines.add(
          new ProcessStatus(
              process.name(),
              pid.orElse(-1),
              alive,
              port,
              health,
              restart.map(Restarts.Restart::count).orElse(0),
              restart.map(r -> TIME.format(r.last()) + " " + r.reason()).orElse("")));
    }
    return lines;
  }

  private static ProcessStatus supervisor(StackHome home, Restarts restarts) {
    OptionalLong pid = Pids.read(home.pidFile(StackProcess.SUPERVISOR.name()));
    boolean alive = pid.isPresent() && StackProcess.SUPERVISOR.isRunningAs(pid.getAsLong());
    String health = alive ? restarts.supervisor().orElse("starting") : "-";
    return new ProcessStatus(
        StackProcess.SUPERVISOR.name(), pid.orElse(-1), alive, -1, health, 0, "");
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
    boolean supervisorLine = name.equals(StackProcess.SUPERVISOR.name());
    return String.format(
            "%-17s %-8s %-6s %-6s %-22s %-8s %s",
            name,
            pid < 0 ? "-" : Long.toString(pid),
            alive ? "alive" : "dead",
            port < 0 ? "-" : Integer.toString(port),
            health,
            supervisorLine ? "" : Integer.toString(restarts),
            lastRestart)
        .stripTrailing();
  }
}
