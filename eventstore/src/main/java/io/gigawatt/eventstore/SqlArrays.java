package io.gigawatt.eventstore;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** One column of many rows as a PostgreSQL array parameter, for {@code unnest(?::type[])}. */
final class SqlArrays {
  private SqlArrays() {}

  static <T> Array of(Connection connection, String type, List<T> rows, Function<T, ?> column)
      throws SQLException {
    return connection.createArrayOf(type, rows.stream().map(column).toArray());
  }
}
