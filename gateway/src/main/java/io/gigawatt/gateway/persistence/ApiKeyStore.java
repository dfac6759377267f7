package io.gigawatt.gateway.persistence;

import io.gigawatt.gateway.domain.Role;
import io.gigawatt.support.text.StorableText;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/** The {@code api_key} table (blocking JDBC: call it off the event loop). */
@ApplicationScoped
public class ApiKeyStore {
  private static final String COLUMNS =
      "id, name, role, prefix, key_hash, rate_limit, created_at, created_by, revoked_at";

  private final DataSource dataSource;

  ApiKeyStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Stores a key; false when an active key already has this name. */
  public boolean insert(StoredKey key) {
    String sql =
        "INSERT INTO api_key (id, name, role, prefix, key_hash, rate_limit, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (name) WHERE revoked_at IS NULL DO NOTHING";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key.id());
      statement.setString(2, key.name());
      statement.setString(3, key.role().id());
      statement.setString(4, key.prefix());
      statement.setString(5, key.keyHash());
      if (key.rateLimit().isPresent()) {
        statement.setInt(6, key.rateLimit().getAsInt());
      } else {
        statement.setNull(6, Types.INTEGER);
      }
      statement.setTimestamp(7, Timestamp.from(key.createdAt()));
      statement.setString(8, key.createdBy().orElse(null));
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new KeyStoreException("cannot store the key " + key.name(), e);
    }
  }

  /** Keys with this prefix, revoked ones included. */
  public List<StoredKey> withPrefix(String prefix) {
    return query("SELECT " + COLUMNS + " FROM api_key WHERE prefix = ?", prefix);
  }

  /** Every key, the newest first. */
  public List<StoredKey> all() {
    return query("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at DESC, id DESC");
  }

  public Optional<StoredKey> byId(String id) {
    if (!StorableText.storable(id)) {
      return Optional.empty();
    }
    return query("SELECT " + COLUMNS + " FROM api_key WHERE id = ?", id).stream().findFirst();
  }

  /** Marks the key revoked (once); false when there is no such key. */
  public boolean revoke(String id) {
    if (!StorableText.storable(id)) {
      return false;
    }
    String sql = "UPDATE api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, id);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new KeyStoreException("cannot revoke the key " + id, e);
    }
  }

  private List<StoredKey> query(String sql, String... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<StoredKey> keys = new ArrayList<>();
        while (rows.next()) {
          keys.add(read(rows));
        }
        return keys;
      }
    } catch (SQLException e) {
      throw new KeyStoreException("cannot read the key store", e);
    }
  }

  private static StoredKey read(ResultSet row) throws SQLException {
    int rateLimit = row.getInt("rate_limit");
    boolean noRateLimit = row.wasNull();
    Timestamp revokedAt = row.getTimestamp("revoked_at");
    return new StoredKey(
        row.getString("id"),
        row.getString("name"),
        Role.parse(row.getString("role")).orElseThrow(),
        row.getString("prefix"),
        row.getString("key_hash"),
        noRateLimit ? OptionalInt.empty() : OptionalInt.of(rateLimit),
        row.getTimestamp("created_at").toInstant(),
        Optional.ofNullable(row.getString("created_by")),
        Optional.ofNullable(revokedAt).map(Timestamp::toInstant));
  }

  /** The key store (PostgreSQL) failed. */
  public static final class KeyStoreException extends RuntimeException {
    KeyStoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
