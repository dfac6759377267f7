package io.gigawatt.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka (apache/kafka image) and PostgreSQL in Docker via Testcontainers 2.x. Only loaded when
 * Testcontainers is on the classpath. Images can be overridden with GIGAWATT_KAFKA_IMAGE and
 * GIGAWATT_POSTGRES_IMAGE.
 */
final class ContainerInfrastructure implements Infrastructure {
  private final KafkaContainer kafka;
  private final PostgreSQLContainer postgres;
  private final List<String> databases;
  private final Duration startup;

  private ContainerInfrastructure(
      KafkaContainer kafka,
      PostgreSQLContainer postgres,
      List<String> databases,
      Duration startup) {
    this.kafka = kafka;
    this.postgres = postgres;
    this.databases = databases;
    this.startup = startup;
  }

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  static ContainerInfrastructure start(List<String> databases) {
    long started = System.nanoTime();
    KafkaContainer kafka = new KafkaContainer(image("GIGAWATT_KAFKA_IMAGE", "apache/kafka:4.1.2"));
    PostgreSQLContainer postgres =
        new PostgreSQLContainer(image("GIGAWATT_POSTGRES_IMAGE", "postgres:17"))
            .withDatabaseName(databases.get(0))
            .withUsername("postgres")
            .withPassword("postgres");
    try {
      Parallel.forEach(List.of(kafka, postgres), container -> container.start());
      for (String database : databases.subList(1, databases.size())) {
        createDatabase(postgres, database);
      }
    } catch (RuntimeException e) {
      kafka.stop();
      postgres.stop();
      throw e;
    }
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    return new ContainerInfrastructure(kafka, postgres, List.copyOf(databases), startup);
  }

  private static void createDatabase(PostgreSQLContainer postgres, String database) {
    try {
      ExecResult result =
          postgres.execInContainer(
              "psql",
              "-U",
              "postgres",
              "-d",
              postgres.getDatabaseName(),
              "-c",
              "CREATE DATABASE \"" + database + "\"");
      if (result.getExitCode() != 0) {
        throw new IllegalStateException("CREATE DATABASE " + database + ": " + result.getStderr());
      }
    } catch (IOException e) {
      throw new IllegalStateException("CREATE DATABASE " + database, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static DockerImageName image(String env, String fallback) {
    String name = System.getenv(env);
    return DockerImageName.parse(name == null || name.isBlank() ? fallback : name);
  }

  @Override
  public String kafkaBootstrapServers() {
    return kafka.getBootstrapServers();
  }

  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://"
        + postgres.getHost()
        + ":"
        + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
        + "/"
        + database;
  }

  @Override
  public List<String> databases() {
    return databases;
  }

  @Override
  public String describe() {
    return String.format(
        "Testcontainers Kafka (%s) at %s, Testcontainers PostgreSQL (%s) at %s:%d,"
            + " ready in %.1f s, databases %s",
        kafka.getDockerImageName(),
        kafkaBootstrapServers(),
        postgres.getDockerImageName(),
        postgres.getHost(),
        postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
        startup.toMillis() / 1000.0,
        databases);
  }

  @Override
  public void close() {
    kafka.stop();
    postgres.stop();
  }
}
