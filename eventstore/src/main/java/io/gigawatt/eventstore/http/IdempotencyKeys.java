package io.gigawatt.eventstore.http;

import io.gigawatt.eventstore.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Reads and purges {@code idempotency_keys}; answers are stored with the events (IdempotencyRows).
 */
@ApplicationScoped
class IdempotencyKeys {
  record Entry(String fingerprint, StoredAnswer answer) {}

  private final EntityManager em;

  IdempotencyKeys(EntityManager em) {
    this.em = em;
  }

  /** The answer stored under {@code key}, unless it expired. */
  Optional<Entry> find(String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select fingerprint, status, body, content_type, location, etag"
                    + " from idempotency_keys where idempotency_key = ?1 and expires_at >= now()")
            .setParameter(1, key)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Entry(
                    (String) r[0],
                    new StoredAnswer(
                        ((Number) r[1]).intValue(),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5])));
  }

  @Transactional
  int purgeExpired() {
    return em.createNativeQuery("delete from idempotency_keys where expires_at < now()")
        .executeUpdate();
  }
}
