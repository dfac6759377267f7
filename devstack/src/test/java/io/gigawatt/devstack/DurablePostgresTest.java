package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A durable PostgreSQL turns fsync, synchronous_commit and full_page_writes on; the default not.
 */
class DurablePostgresTest {

  @Test
  void durableTurnsFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
    EmbeddedSettings settings = EmbeddedSettings.temporary(List.of("app")).withDurable(true);
    EmbeddedProcesses processes = new EmbeddedProcesses(settings);
    try {
      ForkedProcess postgres = processes.startPostgres(Duration.ofSeconds(120));
      assertThat(postgres.ready()).containsEntry("fsync", "on");
      try (Connection connection = connect(settings)) {
        assertThat(show(connection, "fsync")).isEqualTo("on");
        assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
        assertThat(show(connection, "full_page_writes")).isEqualTo("on");
      }
    } finally {
      processes.stopAll();
    }
  }

  @Test
  void theDefaultStaysFastForTests() throws Exception {
    EmbeddedSettings settings = EmbeddedSettings.temporary(List.of("app"));
    assertThat(settings.durable()).isFalse();
    EmbeddedProcesses processes = new EmbeddedProcesses(settings);
    try {
      ForkedProcess postgres = processes.startPostgres(Duration.ofSeconds(120));
      assertThat(postgres.ready()).containsEntry("fsync", "off");
      try (Connection connection = connect(settings)) {
        assertThat(show(connection, "synchronous_commit")).isEqualTo("off");
      }
    } finally {
      processes.stopAll();
    }
  }

  private static Connection connect(EmbeddedSettings settings) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/app", "postgres", "postgres");
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
