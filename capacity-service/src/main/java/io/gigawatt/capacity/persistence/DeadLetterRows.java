package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.DeadLetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dead letters in table {@code dead_letter}; a record dead-lettered twice is stored once. */
@ApplicationScoped
public class DeadLetterRows {
  private static final String COLUMNS =
      "id, topic, partition, record_offset, record_key, headers, payload, reason,"
          + " dead_lettered_at, replayed_at";

  private final AgroalDataSource dataSource;

  DeadLetterRows(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A stored dead letter. */
  public record Stored(
      long id, DeadLetter letter, OffsetDateTime deadLetteredAt, OffsetDateTime replayedAt) {}

  public List<Stored> list(int limit) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "select " + COLUMNS + " from dead_letter order by id desc limit ?")) {
            statement.setInt(1, limit);
            try (var rows = statement.executeQuery()) {
              List<Stored> letters = new ArrayList<>();
              while (rows.next()) {
                letters.add(stored(rows));
              }
              return letters;
            }
          }
        });
  }

  public Optional<Stored> find(long id) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement("select " + COLUMNS + " from dead_letter where id = ?")) {
            statement.setLong(1, id);
            try (var rows = statement.executeQuery()) {
              return rows.next() ? Optional.of(stored(rows)) : Optional.empty();
            }
          }
        });
  }

  public void markReplayed(long id) {
    Jdbc.inTransaction(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "update dead_letter set replayed_at = now() where id = ?")) {
            statement.setLong(1, id);
            return statement.executeUpdate();
          }
        });
  }

  static void insert(Connection connection, List<DeadLetter> letters) throws SQLException {
    if (letters.isEmpty()) {
      return;
    }
    try (var statement =
        connection.prepareStatement(
            "insert into dead_letter (topic, partition, record_offset, record_key, headers,"
                + " payload, reason) values (?, ?, ?, ?, ?::jsonb, ?, ?)"
                + " on conflict (topic, partition, record_offset) do nothing")) {
      for (DeadLetter letter : letters) {
        statement.setString(1, letter.topic());
        statement.setInt(2, letter.partition());
        statement.setLong(3, letter.offset());
        statement.setString(4, letter.key());
        statement.setString(5, ViewJson.write(letter.headers()));
        statement.setString(6, letter.payload());
        statement.setString(7, letter.reason());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static Stored stored(ResultSet rows) throws SQLException {
    Map<String, String> headers = ViewJson.headers(rows.getString(6));
    return new Stored(
        rows.getLong(1),
        new DeadLetter(
            rows.getString(2),
            rows.getInt(3),
            rows.getLong(4),
            rows.getString(5),
            headers,
            rows.getString(7),
            rows.getString(8)),
        rows.getObject(9, OffsetDateTime.class),
        rows.getObject(10, OffsetDateTime.class));
  }
}
