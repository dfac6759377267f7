package io.gigawatt.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is started, watched and restarted as one: Kafka, PostgreSQL (its JVM and the postmaster that
 * JVM starts) and each service. A unit runs when every process of it runs.
 */
enum StackUnit {
  KAFKA(StackProcess.KAFKA),
  POSTGRES(StackProcess.POSTGRES, StackProcess.POSTGRES_SERVER),
  SITE_SERVICE(StackProcess.SERVICES.get(0)),
  CONTRACT_SERVICE(StackProcess.SERVICES.get(1)),
  CAPACITY_SERVICE(StackProcess.SERVICES.get(2)),
  GATEWAY(StackProcess.SERVICES.get(3));

  private final List<StackProcess> processes;

  StackUnit(StackProcess... processes) {
    this.processes = List.of(processes);
  }

  /** The name status prints for its first process, e.g. {@code postgres}, {@code gateway}. */
  String unitName() {
    return processes.get(0).name();
  }

  List<StackProcess> processes() {
    return processes;
  }

  boolean isService() {
    return StackProcess.SERVICES.contains(processes.get(0));
  }

  /**
   * The unit a process belongs to, by the name status prints ({@code postgres-server}: postgres).
   */
  static StackUnit of(String processName) {
    return Arrays.stream(values())
        .filter(unit -> unit.processes.stream().anyMatch(p -> p.name().equals(processName)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No process '" + processName + "'; one of: " + processNames()));
  }

  static String processNames() {
    return StackProcess.all().stream().map(StackProcess::name).collect(Collectors.joining(", "));
  }

  boolean runs(StackHome home) {
    return processes.stream().allMatch(p -> p.runningPid(home).isPresent());
  }

  boolean anyRuns(StackHome home) {
    return processes.stream().anyMatch(p -> p.runningPid(home).isPresent());
  }

  /** Its ports by the variable that sets each (Kafka has two). */
  Map<String, Integer> ports(StackPorts ports) {
    String prefix = "GIGAWATT_" + unitName().toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    return ports.byVariable().entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The port its health is probed on. */
  int port(StackPorts ports) {
    return switch (this) {
      case KAFKA -> ports.kafka();
      case POSTGRES -> ports.postgres();
      default -> Services.spec(ports, unitName()).port();
    };
  }

  /**
   * Alive as the supervisor sees it: a service answers {@code /q/health/live} with 200, Kafka an
   * ApiVersions request, PostgreSQL an SSLRequest. Returns what is wrong, or null.
   */
  String livenessProblem(StackPorts ports) {
    int port = port(ports);
    if (this == KAFKA) {
      return HealthProbe.kafkaAnswers(port) ? null : "Kafka not answering on port " + port;
    }
    if (this == POSTGRES) {
      return HealthProbe.postgresAnswers(port) ? null : "PostgreSQL not answering on port " + port;
    }
    int status = HealthProbe.liveness(Services.url(port));
    return status == 200
        ? null
        : status < 0 ? "liveness not answering" : "liveness DOWN (HTTP " + status + ")";
  }

  /** Ready for clients: a service's {@code /q/health/ready} answers 200, infrastructure listens. */
  boolean ready(StackPorts ports) {
    int port = port(ports);
    return isService()
        ? HealthProbe.readiness(Services.url(port)) == 200
        : HealthProbe.portOpen(port);
  }
}
