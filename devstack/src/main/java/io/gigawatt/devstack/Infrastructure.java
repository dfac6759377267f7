package io.gigawatt.devstack;

import java.util.List;

/** A running Kafka broker and PostgreSQL server (user postgres / postgres) with databases. */
public interface Infrastructure extends AutoCloseable {

  String kafkaBootstrapServers();

  String jdbcUrl(String database);

  default String username() {
    return "postgres";
  }

  default String password() {
    return "postgres";
  }

  List<String> databases();

  /** One line saying what runs where, for test output. */
  String describe();

  /** Stops everything this infrastructure started. */
  @Override
  void close();

  /** Embedded Kafka and PostgreSQL in forked JVMs, free ports, temporary data removed on close. */
  static Infrastructure startEmbedded(List<String> databases) {
    return EmbeddedInfrastructure.start(EmbeddedSettings.temporary(databases));
  }

  /** Testcontainers where a Docker engine is available (or forced), embedded otherwise. */
  static Infrastructure start(List<String> databases) {
    return InfrastructureChoice.fromEnvironment().start(databases);
  }
}
