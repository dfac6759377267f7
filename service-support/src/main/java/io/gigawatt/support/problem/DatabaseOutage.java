package io.gigawatt.support.problem;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognizes a failure caused by the database being away (connection lost or refused, server
 * shutting down or crashed, no pooled connection in time), which is a 503 to retry, not a bug.
 */
public final class DatabaseOutage {
  private DatabaseOutage() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && isOutage(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOutage(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      return message.contains("acquisition timeout") || message.contains("connection");
    }
    // 08 connection exception, 57P operator intervention (shutdown, crash), 53 resources
    return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53");
  }
}
