package io.gigawatt.capacity;

import javax.sql.DataSource;

/** Reads the projection's {@code processed_event} table. */
final class ProcessedEventIds {
  private ProcessedEventIds() {}

  /** How many of the given event ids the projection has applied. */
  static int count(DataSource dataSource, String... eventIds) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "select count(*) from processed_event where event_id = any (?)")) {
      statement.setArray(1, connection.createArrayOf("text", eventIds));
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
