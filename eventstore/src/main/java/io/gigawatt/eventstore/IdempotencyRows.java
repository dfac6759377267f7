package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code idempotency_keys} table. Stores the answers of keyed commands in the transaction of
 * their events, all with one statement. A key that another transaction holds is not overwritten:
 * that writer waits for it to commit or roll back, then stores its answer only if the key is still
 * free.
 */
@ApplicationScoped
public class IdempotencyRows {
  private static final String DELETE_EXPIRED =
      "delete from idempotency_keys where idempotency_key = any(?) and expires_at < now()";
  private static final String PURGE_EXPIRED =
      "delete from idempotency_keys where expires_at < now()";
  private static final String FIND =
      "select idempotency_key, fingerprint, status, body, content_type, location, etag,"
          + " consistency_token from idempotency_keys where idempotency_key = any(?::text[])"
          + " and expires_at >= now()";
  private static final String INSERT =
      "insert into idempotency_keys"
          + " (idempotency_key, fingerprint, status, body, content_type, location, etag,"
          + " consistency_token, expires_at)"
          + " select k, f, s, b, c, l, e, t, now() + r * interval '1 millisecond'"
          + " from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::bigint[]) as u(k, f, s, b, c, l, e, t, r)"
          + " on conflict (idempotency_key) do nothing returning idempotency_key";

  /** What the given keys hold, for those that exist and have not expired. */
  public Map<String, StoredKey> find(Connection connection, List<String> keys) throws SQLException {
    var found = new HashMap<String, StoredKey>();
    try (var statement = connection.prepareStatement(FIND)) {
      statement.setArray(1, SqlArrays.of(connection, "text", keys, k -> k));
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          var answer =
              new StoredAnswer(
                  result.getInt(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6),
                  result.getString(7),
                  result.getString(8));
          found.put(result.getString(1), new StoredKey(result.getString(2), answer));
        }
      }
    }
    return found;
  }

  /** Deletes every expired key; returns how many. */
  public int purgeExpired(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement(PURGE_EXPIRED)) {
      return statement.executeUpdate();
    }
  }

  /** The keys stored now; the others were taken. */
  public Set<String> insert(Connection connection, List<IdempotencyRecord> records)
      throws SQLException {
    var stored = new HashSet<String>();
    if (records.isEmpty()) {
      return stored;
    }
    var keys = SqlArrays.of(connection, "text", records, IdempotencyRecord::key);
    try (var statement = connection.prepareStatement(DELETE_EXPIRED)) {
      statement.setArray(1, keys);
      statement.executeUpdate();
    }
    try (var statement = connection.prepareStatement(INSERT)) {
      statement.setArray(1, keys);
      statement.setArray(
          2, SqlArrays.of(connection, "text", records, IdempotencyRecord::fingerprint));
      statement.setArray(3, SqlArrays.of(connection, "int4", records, r -> r.answer().status()));
      statement.setArray(4, SqlArrays.of(connection, "text", records, r -> r.answer().body()));
      statement.setArray(
          5, SqlArrays.of(connection, "text", records, r -> r.answer().contentType()));
      statement.setArray(6, SqlArrays.of(connection, "text", records, r -> r.answer().location()));
      statement.setArray(7, SqlArrays.of(connection, "text", records, r -> r.answer().etag()));
      statement.setArray(
          8, SqlArrays.of(connection, "text", records, r -> r.answer().consistencyToken()));
      statement.setArray(
          9, SqlArrays.of(connection, "int8", records, r -> r.retention().toMillis()));
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          stored.add(result.getString(1));
        }
      }
    }
    return stored;
  }
}
