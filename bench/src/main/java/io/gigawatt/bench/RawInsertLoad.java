package io.gigawatt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Inserts rows shaped like the event store's straight over JDBC: the ceiling of what PostgreSQL
 * commits here, without the service. The table {@code bench_event_store} copies {@code event_store}
 * (columns, constraints, indexes) with its own position sequence, so it follows the eventstore's
 * schema.
 */
final class RawInsertLoad {
  static final String TABLE = "bench_event_store";
  private static final String INSERT =
      "insert into "
          + TABLE
          + " (stream_id, version, event_id, event_type, payload, metadata, occurred_on,"
          + " recorded_at) values (?, 1, ?, ?, ?::jsonb, ?::jsonb, ?, now())";

  private final String jdbcUrl;
  private final SampleEvent sample;

  RawInsertLoad(String jdbcUrl, SampleEvent sample) {
    this.jdbcUrl = jdbcUrl;
    this.sample = sample;
  }

  static void createTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + TABLE);
      statement.execute("create table " + TABLE + " (like event_store including all)");
      statement.execute(
          "create sequence " + TABLE + "_position_seq owned by " + TABLE + ".position");
      statement.execute(
          "alter table "
              + TABLE
              + " alter column position set default nextval('"
              + TABLE
              + "_position_seq')");
    }
  }

  LoadResult run(
      RawMode mode,
      int clients,
      Duration warmup,
      Duration window,
      ClosedLoop.WindowListener listener)
      throws Exception {
    return ClosedLoop.run(
        "raw-" + mode.id(),
        clients,
        mode.rowsPerTransaction(),
        warmup,
        window,
        () -> new Client(open(mode), mode),
        listener);
  }

  private Connection open(RawMode mode) throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    try (Statement statement = connection.createStatement()) {
      for (String setting : mode.sessionSettings()) {
        statement.execute(setting);
      }
    }
    connection.setAutoCommit(mode.rowsPerTransaction() == 1 && !mode.notifies());
    return connection;
  }

  private final class Client implements ClosedLoop.Client {
    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement notify;
    private final int rows;
    private final boolean commits;
    private final LocalDate occurredOn = LocalDate.of(2025, 9, 23);

    Client(Connection connection, RawMode mode) throws SQLException {
      this.connection = connection;
      this.insert = connection.prepareStatement(INSERT);
      this.notify =
          mode.notifies()
              ? connection.prepareStatement("select pg_notify('bench_outbox', '')")
              : null;
      this.rows = mode.rowsPerTransaction();
      this.commits = !connection.getAutoCommit();
    }

    @Override
    public void call() throws SQLException {
      for (int i = 0; i < rows; i++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setObject(2, UUID.randomUUID());
        insert.setString(3, sample.eventType());
        insert.setString(4, sample.payload());
        insert.setString(5, sample.metadata());
        insert.setObject(6, occurredOn);
        if (rows == 1) {
          insert.executeUpdate();
        } else {
          insert.addBatch();
        }
      }
      if (rows > 1) {
        insert.executeBatch();
      }
      if (notify != null) {
        notify.execute();
      }
      if (commits) {
        connection.commit();
      }
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }
}
