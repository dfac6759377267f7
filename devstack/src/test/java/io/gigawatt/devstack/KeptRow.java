package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A row in a stack's capacity database, written to show that it survives restarts. */
final class KeptRow {
  private KeptRow() {}

  static void write(RunningStack stack) throws SQLException {
    try (Connection db = connect(stack);
        Statement sql = db.createStatement()) {
      // The test stack commits without waiting for the WAL (synchronous_commit off): ask for it
      // here, so the rows are in the WAL before the postmaster is killed.
      sql.execute("SET synchronous_commit = on");
      sql.execute("CREATE TABLE kept (v text)");
      sql.execute("INSERT INTO kept VALUES ('survives')");
    }
  }

  static void assertKept(RunningStack stack) throws SQLException {
    try (Connection db = connect(stack);
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SELECT v FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("survives");
    }
  }

  private static Connection connect(RunningStack stack) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl("capacity"), "postgres", "postgres");
  }
}
