package io.gigawatt.support.messaging;

/**
 * A record that can never be applied: not a CloudEvent, an unknown type, or data that does not
 * match its type's schema. It goes to the dead-letter topic; the consumer keeps going.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String reason) {
    super(reason);
  }

  public PoisonEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
