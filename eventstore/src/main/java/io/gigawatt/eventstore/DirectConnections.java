package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;

/**
 * Opens connections outside the pool, to the datasource's database: the relay's session advisory
 * lock and LISTEN belong to one physical connection, and each group-commit writer keeps its own.
 */
@ApplicationScoped
public class DirectConnections {
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;

  DirectConnections(
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  /**
   * A relay candidate's connection, in auto-commit mode. Its commits (the marks "published") do not
   * wait for the WAL flush: a database crash can lose the last marks, and those events are sent
   * again (duplicates, never gaps), while the relay saves a disk flush per batch.
   */
  public RelayConnection openRelay() throws SQLException {
    var connection = open(RelayConnection.APPLICATION_NAME);
    try (var statement = connection.createStatement()) {
      statement.execute("set synchronous_commit = off");
    }
    return new RelayConnection(connection);
  }

  /** A plain connection, in auto-commit mode, named {@code applicationName} in pg_stat_activity. */
  public Connection open(String applicationName) throws SQLException {
    var props = new Properties();
    username.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    props.setProperty("ApplicationName", applicationName);
    props.setProperty("tcpKeepAlive", "true");
    props.setProperty("connectTimeout", "10");
    props.setProperty("socketTimeout", "60");
    Connection connection = new Driver().connect(url, props);
    if (connection == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + url);
    }
    connection.setAutoCommit(true);
    return connection;
  }
}
