package io.gigawatt.eventstore;

import java.util.Optional;

/**
 * Another request stored an answer under this Idempotency-Key first. Carries what it stored, read
 * after the commit; empty when that request did not commit after all, so the key is free again.
 */
public class IdempotencyKeyTakenException extends RuntimeException {
  private final transient Optional<StoredKey> stored;

  public IdempotencyKeyTakenException(String key, Optional<StoredKey> stored) {
    super("Idempotency-Key " + key + " is taken");
    this.stored = stored;
  }

  public Optional<StoredKey> stored() {
    return stored;
  }
}
