package io.gigawatt.eventstore;

/**
 * The database did not confirm a write. If the connection broke during the commit the write may be
 * stored anyway: a retry with the same Idempotency-Key finds out without appending twice.
 */
public class EventStoreUnavailableException extends RuntimeException {
  public EventStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
