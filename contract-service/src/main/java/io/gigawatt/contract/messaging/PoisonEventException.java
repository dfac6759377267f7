package io.gigawatt.contract.messaging;

/**
 * A record that can never be applied: not a CloudEvent, not a site event, no sequence, or data that
 * does not match its type's schema. It goes to the dead-letter topic; the consumer keeps going.
 */
class PoisonEventException extends RuntimeException {
  PoisonEventException(String reason) {
    super(reason);
  }

  PoisonEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
