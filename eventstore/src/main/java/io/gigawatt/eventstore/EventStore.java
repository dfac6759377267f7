package io.gigawatt.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventJson;
import io.gigawatt.support.text.StorableText;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sql.DataSource;

/**
 * Append-only streams of events in PostgreSQL. An append succeeds only at the stream's current
 * version; {@code unique(stream_id, version)} settles races between concurrent writers.
 */
@ApplicationScoped
public class EventStore {
  private final ObjectMapper json;
  private final EventRows rows;
  private final IdempotencyRows keys;
  private final GroupCommit groupCommit;
  private final DataSource dataSource;
  private final Event<EventsAppended> appended;

  EventStore(
      ObjectMapper json,
      EventRows rows,
      IdempotencyRows keys,
      GroupCommit groupCommit,
      DataSource dataSource,
      Event<EventsAppended> appended) {
    this.json = json;
    this.rows = rows;
    this.keys = keys;
    this.groupCommit = groupCommit;
    this.dataSource = dataSource;
    this.appended = appended;
  }

  /** The stream's events, oldest first; empty for a stream that does not exist. */
  public List<RecordedEvent> load(String streamId) {
    if (!StorableText.storable(streamId)) {
      return List.of();
    }
    List<StoredEvent> stored = StoredEvent.list("streamId", Sort.by("version"), streamId);
    return stored.stream().map(this::toRecorded).toList();
  }

  /**
   * Commits a command's events, and its idempotency record if it has one (else null), in a
   * transaction shared with concurrent commands; returns once they are durable.
   *
   * @throws ConcurrencyConflictException when the stream is not at the expected version
   * @throws IdempotencyKeyTakenException when another request stored an answer under the key
   */
  public List<RecordedEvent> commit(PendingAppend append, IdempotencyRecord idempotency) {
    try {
      return commitAsync(append, idempotency).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new EventStoreUnavailableException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EventStoreUnavailableException("interrupted while committing", e);
    }
  }

  /** {@link #commit}, without blocking the caller: the stage fails with what commit throws. */
  public CompletableFuture<List<RecordedEvent>> commitAsync(
      PendingAppend append, IdempotencyRecord idempotency) {
    return groupCommit.submit(append, idempotency);
  }

  /** What an Idempotency-Key holds, unless it is unknown or expired. */
  public Optional<StoredKey> findKey(String key) {
    try (var connection = dataSource.getConnection()) {
      return Optional.ofNullable(keys.find(connection, List.of(key)).get(key));
    } catch (SQLException e) {
      throw new EventStoreUnavailableException(e.getMessage(), e);
    }
  }

  /**
   * Appends events after {@code expectedVersion} (0 for a new stream) in the caller's transaction,
   * for callers whose own writes must commit or roll back with the events.
   *
   * @throws ConcurrencyConflictException when the stream is not at the expected version
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<RecordedEvent> append(
      String streamId,
      int expectedVersion,
      List<? extends DomainEvent> events,
      EventMetadata meta) {
    var append = new PendingAppend(streamId, expectedVersion, events, meta);
    if (expectedVersion > 0 && currentVersion(streamId) != expectedVersion) {
      throw new ConcurrencyConflictException(streamId, expectedVersion);
    }
    try (var connection = dataSource.getConnection()) {
      var recorded = rows.insert(connection, List.of(append)).get(0);
      appended.fire(EventsAppended.of(recorded));
      return recorded;
    } catch (SQLException e) {
      if (EventRows.isVersionConflict(e)) {
        throw new ConcurrencyConflictException(streamId, expectedVersion);
      }
      throw new EventStoreUnavailableException(e.getMessage(), e);
    }
  }

  /** The stream's last version, 0 when it does not exist. */
  public int currentVersion(String streamId) {
    if (!StorableText.storable(streamId)) {
      return 0;
    }
    try (var connection = dataSource.getConnection()) {
      return rows.currentVersions(connection, List.of(streamId)).getOrDefault(streamId, 0);
    } catch (SQLException e) {
      throw new EventStoreUnavailableException(e.getMessage(), e);
    }
  }

  /** Deletes the Idempotency-Keys whose retention ended; returns how many. */
  public int purgeExpiredKeys() {
    try (var connection = dataSource.getConnection()) {
      return keys.purgeExpired(connection);
    } catch (SQLException e) {
      throw new EventStoreUnavailableException(e.getMessage(), e);
    }
  }

  private RecordedEvent toRecorded(StoredEvent row) {
    return new RecordedEvent(
        row.position,
        row.streamId,
        row.version,
        row.eventId,
        row.eventType,
        EventJson.read(row.eventType, row.payload),
        metadata(row),
        row.recordedAt);
  }

  EventMetadata metadata(StoredEvent row) {
    try {
      return json.readValue(row.metadata, EventMetadata.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
