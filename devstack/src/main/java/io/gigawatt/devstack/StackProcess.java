package io.gigawatt.devstack;

import java.util.List;
import java.util.OptionalLong;

/**
 * A process of the local stack: its name (pid file, log file) and a string its command line must
 * contain, so a stale pid file never stops a stranger.
 */
public record StackProcess(String name, String commandMarker) {

  public static final List<StackProcess> SERVICES =
      List.of(
          ofModule(Services.SITE),
          ofModule(Services.CONTRACT),
          ofModule(Services.CAPACITY),
          ofModule(Services.GATEWAY));
  public static final StackProcess KAFKA = new StackProcess("kafka", EmbeddedProcesses.KAFKA_MAIN);
  public static final StackProcess POSTGRES =
      new StackProcess("postgres", EmbeddedProcesses.POSTGRES_MAIN);
  public static final StackProcess POSTGRES_SERVER =
      new StackProcess("postgres-server", "bin/postgres");
  public static final StackProcess SUPERVISOR =
      new StackProcess("supervisor", SupervisorProcess.MAIN);

  /** Every process, in start order. */
  public static List<StackProcess> all() {
    return List.of(
        KAFKA,
        POSTGRES,
        POSTGRES_SERVER,
        SERVICES.get(0),
        SERVICES.get(1),
        SERVICES.get(2),
        SERVICES.get(3));
  }

  /** The process of a service by module name, e.g. {@code site-service}. */
  public static StackProcess service(String name) {
    return SERVICES.stream()
        .filter(process -> process.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service " + name));
  }

  private static StackProcess ofModule(String module) {
    return new StackProcess(module, module + "/target/quarkus-app/quarkus-run.jar");
  }

  /** The pid in its pid file in {@code home}, if that process runs. */
  public OptionalLong runningPid(StackHome home) {
    OptionalLong pid = Pids.read(home.pidFile(name));
    return pid.isPresent() && isRunningAs(pid.getAsLong()) ? pid : OptionalLong.empty();
  }

  /** True when the pid runs and is this process (or its command line cannot be read). */
  public boolean isRunningAs(long pid) {
    if (!Pids.isRunning(pid)) {
      return false;
    }
    String commandLine = Pids.commandLine(pid);
    return commandLine.isEmpty() || commandLine.contains(commandMarker);
  }
}
