package io.gigawatt.capacity.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Loads rows into a table with PostgreSQL's COPY: the cheapest way to move thousands of rows in one
 * round trip (no per-row statement, no array literals to escape and parse).
 */
final class CopyIn {
  private static final int CHUNK = 64 * 1024;

  private CopyIn() {}

  /**
   * @param rows the values of each row in {@code columns} order; null is SQL NULL
   */
  static void rows(Connection connection, String table, String columns, List<String[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    var copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("copy " + table + " (" + columns + ") from stdin");
    try {
      var text = new StringBuilder(CHUNK);
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            text.append('\t');
          }
          field(text, row[i]);
        }
        text.append('\n');
        if (text.length() >= CHUNK) {
          write(copy, text);
        }
      }
      write(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  /** Sends what the builder holds and empties it: a batch never sits in memory twice. */
  private static void write(org.postgresql.copy.CopyIn copy, StringBuilder text)
      throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
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
