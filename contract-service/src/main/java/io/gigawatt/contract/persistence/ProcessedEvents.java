package io.gigawatt.contract.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The ids of applied site events: the dedupe guard of the known sites. */
@ApplicationScoped
class ProcessedEvents {
  private final EntityManager em;

  ProcessedEvents(EntityManager em) {
    this.em = em;
  }

  /**
   * Records the event id in the current transaction; false when it was recorded before. A
   * concurrent transaction inserting the same id makes this one wait for it, then see the conflict.
   */
  boolean firstTime(String eventId, String type, String subject, long sequence) {
    return em.createNativeQuery(
                "insert into processed_event (event_id, type, subject, sequence)"
                    + " values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing")
            .setParameter(1, eventId)
            .setParameter(2, type)
            .setParameter(3, subject)
            .setParameter(4, sequence)
            .executeUpdate()
        == 1;
  }
}
