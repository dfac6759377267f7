package io.gigawatt.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.postgresql.PGConnection;

/**
 * One dedicated connection of the outbox relay. Leadership is the session advisory lock on it: the
 * lock lives exactly as long as this session, so when the leader dies or loses its connection,
 * PostgreSQL releases the lock and a standby's next {@link #tryLead} succeeds.
 */
public final class RelayConnection implements AutoCloseable {
  public static final String APPLICATION_NAME = "gigawatt-outbox-relay";
  public static final String CHANNEL = "gigawatt_outbox";

  private final Connection connection;

  RelayConnection(Connection connection) {
    this.connection = connection;
  }

  /** Takes the lock if free (or already ours) and then listens for appends; never waits. */
  public boolean tryLead(long lockKey) throws SQLException {
    try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
      statement.setLong(1, lockKey);
      try (var result = statement.executeQuery()) {
        result.next();
        if (!result.getBoolean(1)) {
          return false;
        }
      }
    }
    try (var statement = connection.createStatement()) {
      statement.execute("listen " + CHANNEL);
    }
    return true;
  }

  /** Waits up to {@code timeout} for an append notification; true if one came. */
  public boolean awaitAppend(Duration timeout) throws SQLException {
    var notifications =
        connection
            .unwrap(PGConnection.class)
            .getNotifications((int) Math.max(1, timeout.toMillis()));
    return notifications != null && notifications.length > 0;
  }

  /** Wakes the leader, wherever it runs (also what the insert trigger does at commit). */
  public void notifyAppend() throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("select pg_notify('" + CHANNEL + "', '')");
    }
  }

  public OutboxTable outbox() {
    return new OutboxTable(connection);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing a broken connection: the server ends the session (and its lock) either way
    }
  }
}
