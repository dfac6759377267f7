package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;

/**
 * Opens connections outside the pool, to the datasource's database: a session advisory lock and
 * LISTEN belong to one physical connection, which a pool would hand to others.
 */
@ApplicationScoped
public class RelayConnections {
  private final String url;
  private final Optional<String> username;
  private final Optional<String> password;

  RelayConnections(
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.url = url;
    this.username = username;
    this.password = password;
  }

  public RelayConnection open() throws SQLException {
    var props = new Properties();
    username.ifPresent(u -> props.setProperty("user", u));
    password.ifPresent(p -> props.setProperty("password", p));
    props.setProperty("ApplicationName", RelayConnection.APPLICATION_NAME);
    props.setProperty("tcpKeepAlive", "true");
    props.setProperty("connectTimeout", "10");
    props.setProperty("socketTimeout", "60");
    Connection connection = new Driver().connect(url, props);
    if (connection == null) {
      throw new SQLException("not a PostgreSQL JDBC URL: " + url);
    }
    connection.setAutoCommit(true);
    return new RelayConnection(connection);
  }
}
