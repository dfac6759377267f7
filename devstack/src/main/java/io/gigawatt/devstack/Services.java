package io.gigawatt.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four Quarkus services and the environment each gets: the contract with the services. */
public final class Services {
  public static final String SITE = "site-service";
  public static final String CONTRACT = "contract-service";
  public static final String CAPACITY = "capacity-service";
  public static final String GATEWAY = "gateway";

  /** The databases of the write and read services and the gateway's key store, in service order. */
  public static final List<String> DATABASES = List.of("sites", "contracts", "capacity", "gateway");

  private Services() {}

  public record Spec(String name, int port, Map<String, String> environment) {}

  public static List<Spec> specs(StackPorts ports) {
    return specs(ports, null);
  }

  /**
   * With the gateway's first admin key ({@code GIGAWATT_ADMIN_KEY}, stored hashed at its start);
   * {@code null} for none (a gateway restarted on existing data still knows its keys).
   */
  public static List<Spec> specs(StackPorts ports, String adminKey) {
    return List.of(
        backend(SITE, ports.siteService(), "sites", ports),
        backend(CONTRACT, ports.contractService(), "contracts", ports),
        backend(CAPACITY, ports.capacityService(), "capacity", ports),
        gateway(ports, adminKey));
  }

  /** The spec of one service by module name, e.g. {@code site-service}. */
  public static Spec spec(StackPorts ports, String name) {
    return spec(ports, name, null);
  }

  /** The same, the gateway with its first admin key (see {@link #specs(StackPorts, String)}). */
  public static Spec spec(StackPorts ports, String name, String adminKey) {
    return specs(ports, adminKey).stream()
        .filter(spec -> spec.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No service " + name));
  }

  private static Spec backend(String name, int port, String database, StackPorts ports) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    datasource(env, database, ports);
    env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
    return new Spec(name, port, env);
  }

  private static Spec gateway(StackPorts ports, String adminKey) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.gateway()));
    datasource(env, "gateway", ports);
    env.put("GIGAWATT_SITE_SERVICE_URL", url(ports.siteService()));
    env.put("GIGAWATT_CONTRACT_SERVICE_URL", url(ports.contractService()));
    env.put("GIGAWATT_CAPACITY_SERVICE_URL", url(ports.capacityService()));
    if (adminKey != null) {
      env.put(AdminKey.ENV, adminKey);
    }
    return new Spec(GATEWAY, ports.gateway(), env);
  }

  private static void datasource(Map<String, String> env, String database, StackPorts ports) {
    env.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database);
    env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
    env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
  }

  static String url(int port) {
    return "http://127.0.0.1:" + port;
  }
}
