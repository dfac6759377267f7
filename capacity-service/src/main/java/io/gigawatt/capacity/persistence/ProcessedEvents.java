package io.gigawatt.capacity.persistence;

import io.gigawatt.events.EventType;
import io.gigawatt.support.messaging.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

/**
 * The ids of applied events: the dedupe guard of the projection. Each row also keeps the event's
 * aggregate id (as {@code subject}) and sequence.
 */
@ApplicationScoped
class ProcessedEvents {
  @Inject EntityManager em;

  /**
   * Records the event id in the current transaction; false when it was recorded before. A
   * concurrent transaction inserting the same id makes this one wait for it, then see the conflict.
   */
  boolean firstTime(RecordedEvent recorded) {
    int inserted =
        em.createNativeQuery(
                "insert into processed_event (event_id, type, subject, sequence, recorded_at)"
                    + " values (?1, ?2, ?3, ?4, ?5) on conflict (event_id) do nothing")
            .setParameter(1, recorded.eventId())
            .setParameter(2, recorded.type())
            .setParameter(3, recorded.event().aggregateId())
            .setParameter(4, recorded.sequence())
            .setParameter(5, recorded.recordedAt())
            .executeUpdate();
    return inserted == 1;
  }

  /** The sequences applied for the event's aggregate by other events. */
  List<Long> otherSequences(RecordedEvent recorded) {
    String topic = EventType.of(recorded.event()).topic();
    List<String> types =
        Arrays.stream(EventType.values())
            .filter(type -> type.topic().equals(topic))
            .map(EventType::ceType)
            .toList();
    return em.createNativeQuery(
            "select sequence from processed_event"
                + " where subject = ?1 and type in (?2) and event_id <> ?3 and sequence is not null",
            Long.class)
        .setParameter(1, recorded.event().aggregateId())
        .setParameter(2, types)
        .setParameter(3, recorded.eventId())
        .getResultList();
  }
}
