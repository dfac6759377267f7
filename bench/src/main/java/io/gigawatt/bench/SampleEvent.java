package io.gigawatt.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real event row the service wrote, whose type, payload and metadata the raw load reuses. */
record SampleEvent(String eventType, String payload, String metadata) {

  static SampleEvent first(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select event_type, payload::text, metadata::text from event_store"
                    + " order by position limit 1")) {
      if (!rs.next()) {
        throw new IllegalStateException("event_store is empty: no sample event");
      }
      return new SampleEvent(rs.getString(1), rs.getString(2), rs.getString(3));
    }
  }
}
