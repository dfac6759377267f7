package io.gigawatt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The relay's publish rate with a backlog to chew on: {@code events} unpublished rows (copies of a
 * real event, each its own stream) committed in one statement, then drained by the running relay.
 * The rate is events / (last published_at - commit time), both from PostgreSQL's clock.
 */
public record RelayCapacity(
    Variant variant,
    long events,
    Duration drain,
    boolean drainedFully,
    CpuUsage cpu,
    long retriesLogged) {

  /** The same, with the relay's failed-batch warnings counted in the variant's whole log. */
  RelayCapacity withRetriesLogged(long retries) {
    return new RelayCapacity(variant, events, drain, drainedFully, cpu, retries);
  }

  public double perSecond() {
    double seconds = LoadResult.seconds(drain);
    return seconds <= 0 ? 0 : events / seconds;
  }

  static RelayCapacity measure(
      Variant variant,
      String jdbcUrl,
      SampleEvent sample,
      int events,
      Duration timeout,
      ClosedLoop.WindowListener cpu)
      throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      OutboxMonitor.awaitEmpty(jdbcUrl, timeout);
      cpu.windowStarted();
      OffsetDateTime committed = insertBacklog(connection, sample, events);
      boolean drained = OutboxMonitor.awaitEmpty(jdbcUrl, timeout);
      cpu.windowEnded();
      try (PreparedStatement query =
          connection.prepareStatement(
              "select count(*), extract(epoch from max(published_at) - ?) from event_store"
                  + " where published_at >= ?")) {
        query.setObject(1, committed);
        query.setObject(2, committed);
        try (ResultSet rs = query.executeQuery()) {
          rs.next();
          return new RelayCapacity(
              variant,
              rs.getLong(1),
              Duration.ofNanos((long) (rs.getDouble(2) * 1e9)),
              drained,
              cpu instanceof CpuWindow window ? window.usage() : CpuUsage.NONE,
              0);
        }
      }
    }
  }

  /** Inserts the rows in one autocommitted statement; returns PostgreSQL's clock after commit. */
  private static OffsetDateTime insertBacklog(Connection connection, SampleEvent sample, int events)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into event_store (stream_id, version, event_id, event_type, payload, metadata,"
                + " occurred_on, recorded_at) select gen_random_uuid()::text, 1,"
                + " gen_random_uuid(), ?, ?::jsonb, ?::jsonb, ?, clock_timestamp() from"
                + " generate_series(1, ?)")) {
      insert.setString(1, sample.eventType());
      insert.setString(2, sample.payload());
      insert.setString(3, sample.metadata());
      insert.setObject(4, LocalDate.of(2025, 9, 23));
      insert.setInt(5, events);
      insert.executeUpdate();
    }
    try (PreparedStatement now = connection.prepareStatement("select clock_timestamp()");
        ResultSet rs = now.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class);
    }
  }
}
