package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The ids of applied events: the dedupe guard of the projection. */
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
            .setParameter(3, recorded.subject())
            .setParameter(4, recorded.sequence())
            .setParameter(5, recorded.recordedAt())
            .executeUpdate();
    return inserted == 1;
  }
}
