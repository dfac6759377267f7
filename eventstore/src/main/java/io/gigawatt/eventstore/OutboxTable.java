package io.gigawatt.eventstore;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The outbox side of the event table, read and marked on the relay's own connection: if that
 * connection (and with it the leadership) is gone, marking fails instead of racing a new leader.
 */
public final class OutboxTable {
  private final Connection connection;

  OutboxTable(Connection connection) {
    this.connection = connection;
  }

  /** Every unpublished row, not "rows after the last published position": late commits count. */
  public List<StoredEvent> unpublished(int limit) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select position, stream_id, version, event_id, event_type, payload, metadata,"
                + " occurred_on, recorded_at from event_store where published_at is null"
                + " order by position limit ?")) {
      statement.setInt(1, limit);
      try (var result = statement.executeQuery()) {
        var rows = new ArrayList<StoredEvent>();
        while (result.next()) {
          rows.add(row(result));
        }
        return rows;
      }
    }
  }

  public void markPublished(List<Long> positions) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "update event_store set published_at = now() where position = any(?)")) {
      statement.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
      statement.executeUpdate();
    }
  }

  public OutboxStats stats() throws SQLException {
    try (var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select count(*), min(recorded_at) from event_store where published_at is null")) {
      result.next();
      var oldest = result.getObject(2, OffsetDateTime.class);
      return new OutboxStats(result.getLong(1), oldest == null ? null : oldest.toInstant());
    }
  }

  private static StoredEvent row(ResultSet result) throws SQLException {
    var row = new StoredEvent();
    row.position = result.getLong("position");
    row.streamId = result.getString("stream_id");
    row.version = result.getInt("version");
    row.eventId = result.getObject("event_id", UUID.class);
    row.eventType = result.getString("event_type");
    row.payload = result.getString("payload");
    row.metadata = result.getString("metadata");
    row.occurredOn = result.getObject("occurred_on", LocalDate.class);
    row.recordedAt = result.getObject("recorded_at", OffsetDateTime.class).toInstant();
    return row;
  }

  /** Unpublished rows and when the oldest of them was recorded (null when there is none). */
  public record OutboxStats(long backlog, Instant oldestRecordedAt) {
    public static final OutboxStats UNKNOWN = new OutboxStats(0, null);

    public double oldestAgeSeconds(Instant now) {
      return oldestRecordedAt == null
          ? 0
          : Math.max(0, now.toEpochMilli() - oldestRecordedAt.toEpochMilli()) / 1000.0;
    }
  }
}
