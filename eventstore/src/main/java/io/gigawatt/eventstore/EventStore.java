package io.gigawatt.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Append-only streams of events in PostgreSQL, guarded by {@code unique(stream_id, version)}. */
@ApplicationScoped
public class EventStore {
  private static final String VERSION_CONSTRAINT = "event_store_stream_version";

  private final ObjectMapper json;
  private final Event<EventsAppended> appended;

  EventStore(ObjectMapper json, Event<EventsAppended> appended) {
    this.json = json;
    this.appended = appended;
  }

  /** The stream's events, oldest first; empty for a stream that does not exist. */
  public List<RecordedEvent> load(String streamId) {
    List<StoredEvent> rows = StoredEvent.list("streamId", Sort.by("version"), streamId);
    return rows.stream().map(this::toRecorded).toList();
  }

  /**
   * Appends events after {@code expectedVersion} (0 for a new stream) in the caller's transaction.
   *
   * @throws ConcurrencyConflictException when another writer took one of the versions
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<RecordedEvent> append(
      String streamId,
      int expectedVersion,
      List<? extends DomainEvent> events,
      EventMetadata meta) {
    var recorded = new ArrayList<RecordedEvent>();
    int version = expectedVersion;
    try {
      for (DomainEvent event : events) {
        var row = toRow(streamId, ++version, event, meta);
        row.persist();
        recorded.add(toRecorded(row));
      }
      StoredEvent.flush();
    } catch (RuntimeException e) {
      if (violates(e, VERSION_CONSTRAINT)) {
        throw new ConcurrencyConflictException(streamId, expectedVersion);
      }
      throw e;
    }
    appended.fire(
        new EventsAppended(streamId, version, recorded.stream().map(RecordedEvent::type).toList()));
    return recorded;
  }

  /** The stream's last version, 0 when it does not exist. */
  public int currentVersion(String streamId) {
    Integer version =
        StoredEvent.getEntityManager()
            .createQuery(
                "select max(e.version) from StoredEvent e where e.streamId = ?1", Integer.class)
            .setParameter(1, streamId)
            .getSingleResult();
    return version == null ? 0 : version;
  }

  private static boolean violates(Throwable e, String constraint) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation) {
        return constraint.equals(violation.getConstraintName());
      }
    }
    return false;
  }

  private StoredEvent toRow(String streamId, int version, DomainEvent event, EventMetadata meta) {
    var row = new StoredEvent();
    row.streamId = streamId;
    row.version = version;
    row.eventId = UUID.randomUUID();
    row.eventType = EventType.of(event).ceType();
    row.payload = EventJson.write(event);
    row.metadata = write(meta);
    row.occurredOn = event.occurredOn();
    row.recordedAt = Instant.now();
    return row;
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

  private String write(EventMetadata meta) {
    try {
      return json.writeValueAsString(meta);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  EventMetadata metadata(StoredEvent row) {
    try {
      return json.readValue(row.metadata, EventMetadata.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
