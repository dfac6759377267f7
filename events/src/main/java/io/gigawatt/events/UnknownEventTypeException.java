package io.gigawatt.events;

/** A record carried a CloudEvents type this version of the contract does not know. */
public class UnknownEventTypeException extends RuntimeException {
  public UnknownEventTypeException(String ceType) {
    super("unknown event type: " + ceType);
  }
}
