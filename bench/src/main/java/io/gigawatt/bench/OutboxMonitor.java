package io.gigawatt.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the outbox while a load runs: samples the backlog every {@value #SAMPLE_MILLIS} ms on its
 * own connection, and after the load waits until the backlog is empty.
 */
final class OutboxMonitor implements AutoCloseable {
  static final long SAMPLE_MILLIS = 100;
  private static final String BACKLOG =
      "select count(*) from event_store where published_at is null";

  private final String jdbcUrl;
  private final AtomicLong max = new AtomicLong();
  private final AtomicLong last = new AtomicLong();
  private volatile boolean sampling = true;
  private final Thread sampler;

  private OutboxMonitor(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
    this.sampler = new Thread(this::sample, "outbox-monitor");
    this.sampler.setDaemon(true);
  }

  static OutboxMonitor start(String jdbcUrl) {
    OutboxMonitor monitor = new OutboxMonitor(jdbcUrl);
    monitor.sampler.start();
    return monitor;
  }

  private void sample() {
    try (Connection connection = connect();
        PreparedStatement backlog = connection.prepareStatement(BACKLOG)) {
      while (sampling) {
        long count = count(backlog);
        last.set(count);
        max.accumulateAndGet(count, Math::max);
        Thread.sleep(SAMPLE_MILLIS);
      }
    } catch (SQLException e) {
      System.err.println("outbox monitor: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until the backlog is empty (or {@code timeout}), then reads the event store. */
  RelayResult finish(LoadResult load, Duration timeout) throws Exception {
    try (Connection connection = connect()) {
      boolean drained = awaitEmpty(connection, timeout);
      close();
      long atStop = count(connection, "published_at > ? or published_at is null", load.stopped());
      long[] drain = drain(connection, load.stopped());
      double[] lag = lag(connection, load.windowStart(), load.windowEnd());
      return new RelayResult(
          load.window(),
          count(
              connection,
              "recorded_at >= ? and recorded_at < ?",
              load.windowStart(),
              load.windowEnd()),
          count(
              connection,
              "published_at >= ? and published_at < ?",
              load.windowStart(),
              load.windowEnd()),
          max.get(),
          atStop,
          drain[0],
          Duration.ofNanos(drain[1]),
          drained,
          lag[0],
          lag[1],
          lag[2]);
    }
  }

  /** Waits until nothing is left to publish, e.g. from a warm-up; false after {@code timeout}. */
  static boolean awaitEmpty(String jdbcUrl, Duration timeout) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      return awaitEmpty(connection, timeout);
    }
  }

  private static boolean awaitEmpty(Connection connection, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (PreparedStatement backlog = connection.prepareStatement(BACKLOG)) {
      while (count(backlog) > 0) {
        if (System.nanoTime() > deadline) {
          return false;
        }
        Thread.sleep(20);
      }
    }
    return true;
  }

  /** Events published after the stop, and nanoseconds from the stop to the last of them. */
  private static long[] drain(Connection connection, Instant stopped) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*), extract(epoch from max(published_at) - ?) from event_store"
                + " where published_at > ?")) {
      query.setObject(1, utc(stopped));
      query.setObject(2, utc(stopped));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), (long) (rs.getDouble(2) * 1e9)};
      }
    }
  }

  /** p50, p99 and max of published_at - recorded_at in ms, for events recorded in the window. */
  private static double[] lag(Connection connection, Instant from, Instant to) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select percentile_cont(0.5) within group (order by l), percentile_cont(0.99) within"
                + " group (order by l), max(l) from (select extract(epoch from published_at -"
                + " recorded_at) * 1000 as l from event_store where recorded_at >= ? and"
                + " recorded_at < ? and published_at is not null) lags")) {
      query.setObject(1, utc(from));
      query.setObject(2, utc(to));
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)};
      }
    }
  }

  private static long count(Connection connection, String where, Instant... instants)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select count(*) from event_store where " + where)) {
      for (int i = 0; i < instants.length; i++) {
        query.setObject(i + 1, utc(instants[i]));
      }
      return count(query);
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
  }

  @Override
  public void close() throws InterruptedException {
    sampling = false;
    sampler.join(5_000);
  }
}
