package io.gigawatt.bench.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What PostgreSQL holds, read over JDBC: the events the load's key appended to the write services'
 * event stores, their outbox backlog, and capacity-service's read model (the active generation's
 * facts and regions, its dead letters).
 */
final class LedgerReader {
  private static final List<String> EVENT_STORES = List.of("sites", "contracts");

  private final ChaosStack stack;
  private final String actor;

  LedgerReader(ChaosStack stack, String actor) {
    this.stack = stack;
    this.actor = actor;
  }

  List<StoredEvent> storedEvents() throws SQLException {
    List<StoredEvent> events = new ArrayList<>();
    for (String database : EVENT_STORES) {
      try (Connection c = connect(database);
          var query =
              c.prepareStatement(
                  "select metadata->>'correlationId', event_id::text, event_type from event_store"
                      + " where metadata->>'actor' = ? order by position")) {
        query.setString(1, actor);
        try (var rows = query.executeQuery()) {
          while (rows.next()) {
            events.add(
                new StoredEvent(database, rows.getString(1), rows.getString(2), rows.getString(3)));
          }
        }
      }
    }
    return events;
  }

  /** Events not yet published, over both event stores. */
  long outboxBacklog() throws SQLException {
    long backlog = 0;
    for (String database : EVENT_STORES) {
      backlog += count(database, "select count(*) from event_store where published_at is null");
    }
    return backlog;
  }

  long deadLetters() throws SQLException {
    return count("capacity", "select count(*) from dead_letter");
  }

  /** The id of the active view generation, if there is one. */
  Optional<Integer> activeGeneration() throws SQLException {
    try (Connection c = connect("capacity");
        var rows =
            c.createStatement()
                .executeQuery("select id from view_generation where state = 'ACTIVE'")) {
      return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
    }
  }

  /** How often each event id is among the facts of the active generation. */
  Map<String, Integer> factsPerEventId() throws SQLException {
    Map<String, Integer> facts = new HashMap<>();
    int generation = activeGeneration().orElseThrow(() -> new SQLException("no active view"));
    try (Connection c = connect("capacity");
        var rows =
            c.createStatement()
                .executeQuery(
                    "select event_id, count(*) from view_" + generation + ".fact group by 1")) {
      while (rows.next()) {
        facts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return facts;
  }

  /**
   * The active generation as rows to compare: every region's totals, every site's and contract's
   * state, every fact's (aggregate, sequence, event id), each as one line under its key.
   */
  ViewSnapshot snapshot() throws SQLException {
    int generation = activeGeneration().orElseThrow(() -> new SQLException("no active view"));
    String schema = "view_" + generation;
    try (Connection c = connect("capacity")) {
      return new ViewSnapshot(
          generation,
          rows(c, "select code, totals::text from " + schema + ".region"),
          rows(c, "select site_id, state::text from " + schema + ".site"),
          rows(c, "select contract_id, state::text from " + schema + ".contract"),
          rows(c, "select aggregate_id || '#' || sequence, event_id from " + schema + ".fact"));
    }
  }

  private static Map<String, String> rows(Connection c, String sql) throws SQLException {
    Map<String, String> rows = new HashMap<>();
    try (var result = c.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.put(result.getString(1), result.getString(2));
      }
    }
    return rows;
  }

  private long count(String database, String sql) throws SQLException {
    try (Connection c = connect(database);
        var rows = c.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres");
  }
}
