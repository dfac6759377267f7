package io.gigawatt.eventstore.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The {@code idempotency_keys} table; every method runs in the command's transaction. */
@ApplicationScoped
class IdempotencyKeys {
  record Entry(String fingerprint, StoredAnswer answer) {}

  private final EntityManager em;
  private final IdempotencyConfig config;

  IdempotencyKeys(EntityManager em, IdempotencyConfig config) {
    this.em = em;
    this.config = config;
  }

  /**
   * Inserts the key unless it exists: true if this transaction now owns it. A concurrent claim of
   * the same key waits here until the owner commits (then false) or rolls back (then true).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean claim(String key, String fingerprint) {
    em.createNativeQuery(
            "delete from idempotency_keys where idempotency_key = ?1 and expires_at < now()")
        .setParameter(1, key)
        .executeUpdate();
    return em.createNativeQuery(
                "insert into idempotency_keys (idempotency_key, fingerprint, expires_at)"
                    + " values (?1, ?2, now() + ?3 * interval '1 millisecond')"
                    + " on conflict (idempotency_key) do nothing")
            .setParameter(1, key)
            .setParameter(2, fingerprint)
            .setParameter(3, config.retention().toMillis())
            .executeUpdate()
        == 1;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void complete(String key, StoredAnswer answer) {
    em.createNativeQuery(
            "update idempotency_keys set status = ?2, body = cast(?3 as text),"
                + " content_type = cast(?4 as text), location = cast(?5 as text),"
                + " etag = cast(?6 as text) where idempotency_key = ?1")
        .setParameter(1, key)
        .setParameter(2, answer.status())
        .setParameter(3, answer.body())
        .setParameter(4, answer.contentType())
        .setParameter(5, answer.location())
        .setParameter(6, answer.etag())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  void release(String key) {
    em.createNativeQuery("delete from idempotency_keys where idempotency_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Optional<Entry> find(String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select fingerprint, status, body, content_type, location, etag"
                    + " from idempotency_keys where idempotency_key = ?1 and status is not null")
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
