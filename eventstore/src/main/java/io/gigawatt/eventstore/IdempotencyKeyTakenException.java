package io.gigawatt.eventstore;

/** Another request stored an answer under this Idempotency-Key first; read and replay it. */
public class IdempotencyKeyTakenException extends RuntimeException {
  public IdempotencyKeyTakenException(String key) {
    super("Idempotency-Key " + key + " is taken");
  }
}
