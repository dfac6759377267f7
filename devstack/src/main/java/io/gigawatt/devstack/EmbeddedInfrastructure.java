package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    long started = System.nanoTime();
    EmbeddedProcesses processes = new EmbeddedProcesses(settings);
    CompletableFuture<ForkedProcess> kafka =
        CompletableFuture.supplyAsync(
            () -> processes.kafka().start(START_TIMEOUT, pid -> processes.ran("kafka", pid)));
    CompletableFuture<ForkedProcess> postgres =
        CompletableFuture.supplyAsync(
            () ->
                processes.adoptPostmaster(
                    processes
                        .postgres()
                        .start(START_TIMEOUT, pid -> processes.ran("postgres", pid))));
    try {
      CompletableFuture.allOf(kafka, postgres).join();
    } catch (CompletionException e) {
      processes.stopAll();
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    return new EmbeddedInfrastructure(
        processes, kafka.join(), postgres.join(), Duration.ofNanos(System.nanoTime() - started));
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
            + " (pid %d, forked JVM pid %d) at 127.0.0.1:%d ready in %.1f s, databases %s",
        kafka.ready().get("version"),
        kafka.pid(),
        kafkaBootstrapServers(),
        Double.parseDouble(kafka.ready().get("millis")) / 1000,
        postgres.ready().get("version"),
        postmasterPid(),
        postgres.pid(),
        settings.postgresPort(),
        Double.parseDouble(postgres.ready().get("millis")) / 1000,
        settings.databases());
  }

  @Override
  public void close() {
    processes.stopAll();
  }
}
