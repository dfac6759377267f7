package io.gigawatt.eventstore.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Purges expired {@code idempotency_keys}; answers are stored with the events (IdempotencyRows).
 */
@ApplicationScoped
class IdempotencyKeys {
  private final EntityManager em;

  IdempotencyKeys(EntityManager em) {
    this.em = em;
  }

  @Transactional
  int purgeExpired() {
    return em.createNativeQuery("delete from idempotency_keys where expires_at < now()")
        .executeUpdate();
  }
}
