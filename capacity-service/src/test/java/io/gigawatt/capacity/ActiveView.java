package io.gigawatt.capacity;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.util.List;

/** Reads the active generation's tables directly, to check what the projection stored. */
final class ActiveView {
  private ActiveView() {}

  static int generation(AgroalDataSource dataSource) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery("select id from view_generation where state = 'ACTIVE'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** How many of these event ids the active generation has stored as facts. */
  static int facts(AgroalDataSource dataSource, String... eventIds) throws SQLException {
    String schema = "view_" + generation(dataSource);
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "select count(*) from " + schema + ".fact where event_id = any(?)")) {
      statement.setArray(1, connection.createArrayOf("text", List.of(eventIds).toArray()));
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
