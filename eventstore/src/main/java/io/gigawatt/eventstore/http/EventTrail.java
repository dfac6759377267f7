package io.gigawatt.eventstore.http;

import io.gigawatt.events.DomainEvent;
import io.gigawatt.eventstore.EventMetadata;
import io.gigawatt.eventstore.RecordedEvent;
import io.gigawatt.support.problem.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit trail of one aggregate, oldest first: {@code GET /api/v1/…/{id}/events}. */
public final class EventTrail {
  private EventTrail() {}

  public record Entry(
      long position,
      int version,
      UUID eventId,
      String type,
      Instant recordedAt,
      EventMetadata metadata,
      DomainEvent data) {}

  public static List<Entry> of(String what, String streamId, List<RecordedEvent> events) {
    if (events.isEmpty()) {
      throw ProblemException.notFound(what, streamId);
    }
    return events.stream()
        .map(
            e ->
                new Entry(
                    e.position(),
                    e.version(),
                    e.eventId(),
                    e.type(),
                    e.recordedAt(),
                    e.metadata(),
                    e.event()))
        .toList();
  }
}
