package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;

/**
 * A started local stack: where everything answers, and its services' processes. {@code config} is
 * what it was started with, {@code ports} the ports it got, {@code started} what this start started
 * (processes as status names them; empty when everything ran already).
 */
public record RunningStack(
    LocalStackConfig config,
    StackPorts ports,
    Duration startup,
    boolean seededNow,
    List<String> started) {

  public RunningStack {
    started = List.copyOf(started);
  }

  RunningStack seeded() {
    return new RunningStack(config, ports, startup, true, started);
  }

  public StackHome home() {
    return new StackHome(config.home());
  }

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
    return Services.url(Services.spec(ports, name).port());
  }

  /**
   * Kills a service by its pid file with SIGKILL, like a crash (no shutdown hooks), and waits until
   * it is gone; removes its pid file. Returns the pid it had.
   *
   * @throws IllegalStateException when it is not running or survives
   */
  public long kill(String service) {
    return new ServiceProcesses(config).kill(service);
  }

  /**
   * Starts a service that is not running again, as {@link LocalStack#start} did: same port,
   * environment and log file (appended), a new pid file, registered with the {@link Reaper} when
   * attached. Waits until it answers {@code /q/health/ready} with 200; returns its new pid.
   *
   * @throws IllegalStateException when it already runs, or exits or hangs before it is ready
   */
  public long restart(String service) {
    return new ServiceProcesses(config).restart(Services.spec(ports, service));
  }

  public String kafkaBootstrapServers() {
    return "127.0.0.1:" + ports.kafka();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database;
  }

  /** Stops every process of this stack (by its pid files). */
  public void stop() {
    LocalStack.stop(config.home());
  }

  public String describe() {
    return String.join(
        "\n",
        "  Dashboard          " + gatewayUrl() + "/",
        "  Gateway API        " + apiUrl(),
        "  Gateway health     " + healthUrl(),
        "  Site service       " + serviceUrl(Services.SITE),
        "  Contract service   " + serviceUrl(Services.CONTRACT),
        "  Capacity service   " + serviceUrl(Services.CAPACITY),
        "  Kafka bootstrap    " + kafkaBootstrapServers(),
        "  PostgreSQL JDBC    " + jdbcUrl("<sites|contracts|capacity>") + " (postgres/postgres)",
        "  Logs               " + home().logs());
  }
}
