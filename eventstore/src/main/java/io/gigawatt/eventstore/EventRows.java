package io.gigawatt.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.support.id.TimeOrderedUuid;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.util.PSQLException;

/**
 * Inserts the events of any number of appends with one statement: one round trip and one
 * statement-level outbox notification however many commands share the transaction. Positions follow
 * the order of the appends and of the events within each.
 */
@ApplicationScoped
public class EventRows {
  static final String VERSION_CONSTRAINT = "event_store_stream_version";
  private static final String INSERT =
      "insert into event_store"
          + " (stream_id, version, event_id, event_type, payload, metadata, occurred_on)"
          + " select s, v, e, t, p::jsonb, m::jsonb, o::date"
          + " from unnest(?::text[], ?::int[], ?::uuid[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[]) with ordinality as u(s, v, e, t, p, m, o, n)"
          + " order by n returning position, event_id, recorded_at";

  private static final String CURRENT_VERSIONS =
      "select stream_id, max(version) from event_store where stream_id = any(?::text[])"
          + " group by stream_id";

  private final ObjectMapper json;

  EventRows(ObjectMapper json) {
    this.json = json;
  }

  /** The recorded events of each append, in the order of {@code appends}. */
  public List<List<RecordedEvent>> insert(Connection connection, List<PendingAppend> appends)
      throws SQLException {
    var rows = new ArrayList<Row>();
    var rowsOfAppends = new ArrayList<List<Row>>();
    for (var append : appends) {
      int version = append.expectedVersion();
      String meta = write(append.meta());
      var rowsOfAppend = new ArrayList<Row>();
      for (DomainEvent event : append.events()) {
        rowsOfAppend.add(new Row(append, ++version, TimeOrderedUuid.next(), event, meta));
      }
      rows.addAll(rowsOfAppend);
      rowsOfAppends.add(rowsOfAppend);
    }
    var stored = new HashMap<UUID, RecordedAt>();
    try (var statement = connection.prepareStatement(INSERT)) {
      statement.setArray(1, SqlArrays.of(connection, "text", rows, r -> r.append.streamId()));
      statement.setArray(2, SqlArrays.of(connection, "int4", rows, Row::version));
      statement.setArray(3, SqlArrays.of(connection, "uuid", rows, Row::eventId));
      statement.setArray(
          4, SqlArrays.of(connection, "text", rows, r -> EventType.of(r.event).ceType()));
      statement.setArray(5, SqlArrays.of(connection, "text", rows, r -> EventJson.write(r.event)));
      statement.setArray(6, SqlArrays.of(connection, "text", rows, Row::meta));
      statement.setArray(
          7, SqlArrays.of(connection, "text", rows, r -> r.event.occurredOn().toString()));
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          stored.put(
              result.getObject(2, UUID.class),
              new RecordedAt(
                  result.getLong(1), result.getObject(3, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return rowsOfAppends.stream()
        .map(rowsOfAppend -> rowsOfAppend.stream().map(r -> r.recorded(stored)).toList())
        .toList();
  }

  /** The version of each of {@code streamIds} that exists; a missing stream is at version 0. */
  public Map<String, Integer> currentVersions(Connection connection, List<String> streamIds)
      throws SQLException {
    var versions = new HashMap<String, Integer>();
    try (var statement = connection.prepareStatement(CURRENT_VERSIONS)) {
      statement.setArray(1, SqlArrays.of(connection, "text", streamIds, id -> id));
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          versions.put(result.getString(1), result.getInt(2));
        }
      }
    }
    return versions;
  }

  /** Whether {@code e} is a lost race: another append took one of the versions. */
  public static boolean isVersionConflict(SQLException e) {
    return e instanceof PSQLException psql
        && psql.getServerErrorMessage() != null
        && VERSION_CONSTRAINT.equals(psql.getServerErrorMessage().getConstraint());
  }

  private String write(EventMetadata meta) {
    try {
      return json.writeValueAsString(meta);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record RecordedAt(long position, Instant at) {}

  private record Row(
      PendingAppend append, int version, UUID eventId, DomainEvent event, String meta) {
    RecordedEvent recorded(Map<UUID, RecordedAt> stored) {
      var at = stored.get(eventId);
      return new RecordedEvent(
          at.position(),
          append.streamId(),
          version,
          eventId,
          EventType.of(event).ceType(),
          event,
          append.meta(),
          at.at());
    }
  }
}
