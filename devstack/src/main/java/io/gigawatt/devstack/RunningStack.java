package io.gigawatt.devstack;

import java.time.Duration;

/** A started local stack: where everything answers. */
public record RunningStack(StackHome home, StackPorts ports, Duration startup, boolean seededNow) {

  public String gatewayUrl() {
    return Services.url(ports.gateway());
  }

  public String apiUrl() {
    return gatewayUrl() + "/api/v1";
  }

  public String healthUrl() {
    return gatewayUrl() + "/q/health/ready";
  }

  /** The base URL of a service by module name, e.g. {@code site-service}. */
  public String serviceUrl(String name) {
    return Services.specs(ports).stream()
        .filter(spec -> spec.name().equals(name))
        .findFirst()
        .map(spec -> Services.url(spec.port()))
        .orElseThrow(() -> new IllegalArgumentException("No service " + name));
  }

  public String kafkaBootstrapServers() {
    return "127.0.0.1:" + ports.kafka();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database;
  }

  /** Stops every process of this stack (by its pid files). */
  public void stop() {
    LocalStack.stop(home.root());
  }

  public String describe() {
    return String.join(
        "\n",
        "  Gateway API        " + apiUrl(),
        "  Gateway health     " + healthUrl(),
        "  Site service       " + serviceUrl(Services.SITE),
        "  Contract service   " + serviceUrl(Services.CONTRACT),
        "  Capacity service   " + serviceUrl(Services.CAPACITY),
        "  Kafka bootstrap    " + kafkaBootstrapServers(),
        "  PostgreSQL JDBC    " + jdbcUrl("<sites|contracts|capacity>") + " (postgres/postgres)",
        "  Logs               " + home.logs());
  }
}
