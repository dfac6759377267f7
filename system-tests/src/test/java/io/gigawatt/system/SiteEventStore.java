package io.gigawatt.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** site-service's event table (the outbox), read over JDBC. */
final class SiteEventStore implements AutoCloseable {
  private final Connection connection;

  /** A stream and its events; {@code name} is the site name of its announcement. */
  record Stream(String streamId, long events, String name) {}

  SiteEventStore(String jdbcUrl) throws SQLException {
    this.connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
  }

  long unpublished() throws SQLException {
    try (var statement = connection.createStatement();
        var result =
            statement.executeQuery("select count(*) from event_store where published_at is null")) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Every stream by id. */
  Map<String, Stream> streams() throws SQLException {
    try (var statement = connection.createStatement();
        var result =
            statement.executeQuery(
                "select stream_id, count(*), min(payload->>'name') from event_store"
                    + " group by stream_id")) {
      Map<String, Stream> streams = new HashMap<>();
      while (result.next()) {
        var stream = new Stream(result.getString(1), result.getLong(2), result.getString(3));
        streams.put(stream.streamId(), stream);
      }
      return streams;
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
