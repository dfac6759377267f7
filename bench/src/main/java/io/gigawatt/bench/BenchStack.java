package io.gigawatt.bench;

import io.gigawatt.devstack.EmbeddedInfrastructure;
import io.gigawatt.devstack.EmbeddedSettings;
import io.gigawatt.devstack.FreePorts;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Real Kafka and a durable PostgreSQL (fsync, synchronous_commit and full_page_writes on) from
 * devstack, with temporary data under {@code workDir}, and one site-service process at a time.
 */
final class BenchStack implements AutoCloseable {
  static final String DATABASE = "sites";
  private static final Pattern SETTING = Pattern.compile("[a-z_]+");

  private final EmbeddedInfrastructure infrastructure;
  private final Path app;
  private final Path logs;
  private ServiceProcess site;
  private boolean closed;

  private BenchStack(EmbeddedInfrastructure infrastructure, Path app, Path logs) {
    this.infrastructure = infrastructure;
    this.app = app;
    this.logs = logs;
  }

  static BenchStack start(Path workDir, Path app, Path logs) {
    EmbeddedSettings settings =
        EmbeddedSettings.temporary(workDir, List.of(DATABASE)).withDurable(true);
    return new BenchStack(EmbeddedInfrastructure.start(settings), app, logs);
  }

  String describe() {
    return infrastructure.describe();
  }

  /** Starts site-service with the variant's environment (stopping the previous one). */
  ServiceProcess startSite(Variant variant) {
    stopSite();
    StackPorts ports =
        new StackPorts(
            0,
            FreePorts.one(),
            0,
            0,
            infrastructure.settings().kafkaPort(),
            0,
            infrastructure.settings().postgresPort());
    site =
        ServiceProcess.start(
            Services.SITE,
            app,
            ports,
            variant.siteEnv(),
            logs.resolve("site-service-" + variant.name() + ".log"));
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "ALTER TABLE event_store "
              + (variant.eventStoreTriggers() ? "ENABLE" : "DISABLE")
              + " TRIGGER USER");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot set the event_store triggers", e);
    }
    return site;
  }

  synchronized void stopSite() {
    if (site != null) {
      site.stop();
      site = null;
    }
  }

  String jdbcUrl() {
    return infrastructure.jdbcUrl(DATABASE);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        jdbcUrl(), infrastructure.username(), infrastructure.password());
  }

  /** ALTER SYSTEM RESET ALL, then the given settings, then a reload. */
  void applyPostgres(Map<String, String> settings) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER SYSTEM RESET ALL");
      for (var setting : settings.entrySet()) {
        if (!SETTING.matcher(setting.getKey()).matches()) {
          throw new IllegalArgumentException("Invalid setting " + setting.getKey());
        }
        statement.execute(
            "ALTER SYSTEM SET "
                + setting.getKey()
                + " = '"
                + setting.getValue().replace("'", "''")
                + "'");
      }
      statement.execute("SELECT pg_reload_conf()");
    }
  }

  /** The processes whose CPU time the report shows. */
  List<CpuSample.Watched> watched() {
    long sitePid = site == null ? -1 : site.pid();
    return List.of(
        new CpuSample.Watched("site-service", sitePid, true),
        new CpuSample.Watched("postgres", infrastructure.postmasterPid(), true),
        new CpuSample.Watched("kafka", infrastructure.kafka().pid(), true),
        new CpuSample.Watched("bench", ProcessHandle.current().pid(), false));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stopSite();
    } finally {
      infrastructure.close();
    }
  }
}
