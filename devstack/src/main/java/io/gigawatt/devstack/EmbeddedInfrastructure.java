package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;

/** Kafka and PostgreSQL in forked JVMs (see {@link KafkaBrokerMain}, {@link PostgresMain}). */
public final class EmbeddedInfrastructure implements Infrastructure {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final EmbeddedSettings settings;
  private final EmbeddedProcesses processes;
  private final ForkedProcess kafka;
  private final ForkedProcess postgres;
  private final Duration startup;

  private EmbeddedInfrastructure(
      EmbeddedProcesses processes, ForkedProcess kafka, ForkedProcess postgres, Duration startup) {
    this.settings = processes.settings();
    this.processes = processes;
    this.kafka = kafka;
    this.postgres = postgres;
    this.startup = startup;
  }

  /** Starts both in parallel; if either fails, stops the other and throws. */
  public static EmbeddedInfrastructure start(EmbeddedSettings settings) {
    long begin = System.nanoTime();
    EmbeddedProcesses processes = new EmbeddedProcesses(settings);
    List<ForkedProcess> started;
    try {
      started =
          Parallel.all(
              List.of(
                  () -> processes.startKafka(START_TIMEOUT),
                  () -> processes.startPostgres(START_TIMEOUT)));
    } catch (RuntimeException e) {
      processes.stopAll();
      throw e;
    }
    return new EmbeddedInfrastructure(
        processes, started.get(0), started.get(1), Duration.ofNanos(System.nanoTime() - begin));
  }

  public EmbeddedSettings settings() {
    return settings;
  }

  public ForkedProcess kafka() {
    return kafka;
  }

  public ForkedProcess postgres() {
    return postgres;
  }

  public long postmasterPid() {
    return Long.parseLong(postgres.ready().get("postmaster"));
  }

  public Duration startup() {
    return startup;
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.ready().get("bootstrap");
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + database;
  }

  @Override
  public List<String> databases() {
    return settings.databases();
  }

  @Override
  public String describe() {
    return String.format(
        "embedded Kafka %s (forked JVM pid %d) at %s ready in %.1f s, embedded PostgreSQL %s"
            + " (pid %d, forked JVM pid %d, fsync %s, synchronous_commit %s) at 127.0.0.1:%d"
            + " ready in %.1f s, databases %s",
        kafka.ready().get("version"),
        kafka.pid(),
        kafkaBootstrapServers(),
        Double.parseDouble(kafka.ready().get("millis")) / 1000,
        postgres.ready().get("version"),
        postmasterPid(),
        postgres.pid(),
        postgres.ready().get("fsync"),
        postgres.ready().get("synchronous_commit"),
        settings.postgresPort(),
        Double.parseDouble(postgres.ready().get("millis")) / 1000,
        settings.databases());
  }

  @Override
  public void close() {
    processes.stopAll();
  }
}
