package io.gigawatt.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ports of the local stack; 0 means "pick a free one". */
public record StackPorts(
    int gateway,
    int siteService,
    int contractService,
    int capacityService,
    int kafka,
    int kafkaController,
    int postgres) {

  /** The ports of {@code ./gigawatt up}. */
  public static StackPorts defaults() {
    return new StackPorts(8080, 8081, 8082, 8083, 19092, 19093, 15432);
  }

  public static StackPorts allFree() {
    return new StackPorts(0, 0, 0, 0, 0, 0, 0);
  }

  /** The defaults, each overridable: GIGAWATT_GATEWAY_PORT, GIGAWATT_SITE_SERVICE_PORT, ... */
  public static StackPorts fromEnvironment(Map<String, String> env) {
    StackPorts d = defaults();
    return new StackPorts(
        port(env, "GIGAWATT_GATEWAY_PORT", d.gateway),
        port(env, "GIGAWATT_SITE_SERVICE_PORT", d.siteService),
        port(env, "GIGAWATT_CONTRACT_SERVICE_PORT", d.contractService),
        port(env, "GIGAWATT_CAPACITY_SERVICE_PORT", d.capacityService),
        port(env, "GIGAWATT_KAFKA_PORT", d.kafka),
        port(env, "GIGAWATT_KAFKA_CONTROLLER_PORT", d.kafkaController),
        port(env, "GIGAWATT_POSTGRES_PORT", d.postgres));
  }

  /** Each port under the environment variable that sets it, e.g. GIGAWATT_KAFKA_PORT. */
  public Map<String, Integer> byVariable() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("GIGAWATT_GATEWAY_PORT", gateway);
    ports.put("GIGAWATT_SITE_SERVICE_PORT", siteService);
    ports.put("GIGAWATT_CONTRACT_SERVICE_PORT", contractService);
    ports.put("GIGAWATT_CAPACITY_SERVICE_PORT", capacityService);
    ports.put("GIGAWATT_KAFKA_PORT", kafka);
    ports.put("GIGAWATT_KAFKA_CONTROLLER_PORT", kafkaController);
    ports.put("GIGAWATT_POSTGRES_PORT", postgres);
    return ports;
  }

  /** Zeros replaced by distinct free ports. */
  public StackPorts resolved() {
    int[] free = FreePorts.allocate(7);
    return new StackPorts(
        gateway == 0 ? free[0] : gateway,
        siteService == 0 ? free[1] : siteService,
        contractService == 0 ? free[2] : contractService,
        capacityService == 0 ? free[3] : capacityService,
        kafka == 0 ? free[4] : kafka,
        kafkaController == 0 ? free[5] : kafkaController,
        postgres == 0 ? free[6] : postgres);
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a port: " + value, e);
    }
  }
}
