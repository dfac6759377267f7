package io.gigawatt.capacity.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.postgresql.PGConnection;

/**
 * The temporary tables a batch copies its rows into, emptied at each commit. They live as long as
 * the database session, so each pooled connection creates them once.
 */
final class StagingTables {
  private static final Map<String, String> COLUMNS =
      Map.of(
          "staged_fact", "aggregate_id, sequence, event_id, type, occurred_on, recorded_at, data",
          "staged_row", "kind, a, b, c, d, e");
  private static final Set<PGConnection> READY =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  private StagingTables() {}

  static String columns(String table) {
    return COLUMNS.get(table);
  }

  static void ensure(Connection connection) throws SQLException {
    PGConnection session = connection.unwrap(PGConnection.class);
    if (READY.contains(session)) {
      return;
    }
    var ddl = new StringBuilder();
    COLUMNS.forEach(
        (table, columns) ->
            ddl.append("create temp table if not exists ")
                .append(table)
                .append(" (")
                .append(columns.replace(",", " text,"))
                .append(" text) on commit delete rows;"));
    try (var statement = connection.createStatement()) {
      statement.execute(ddl.toString());
    }
    READY.add(session);
  }
}
