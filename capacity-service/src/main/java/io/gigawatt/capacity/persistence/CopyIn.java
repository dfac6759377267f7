package io.gigawatt.capacity.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Loads rows into a table with PostgreSQL's COPY: the cheapest way to move thousands of rows in one
 * round trip (no per-row statement, no array literals to escape and parse).
 */
final class CopyIn {
  private CopyIn() {}

  /**
   * @param rows the values of each row in {@code columns} order; null is SQL NULL
   */
  static void rows(Connection connection, String table, String columns, List<String[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    var text = new StringBuilder(rows.size() * 256);
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        field(text, row[i]);
      }
      text.append('\n');
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy " + table + " (" + columns + ") from stdin", new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed", e);
    }
  }

  /** A field in COPY's text format: backslash, tab, newline and carriage return escaped. */
  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
