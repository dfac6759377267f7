package io.gigawatt.events;

/** Event data that does not parse as its declared type: a poison event. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String ceType, Throwable cause) {
    super("malformed " + ceType + " data: " + cause.getMessage(), cause);
  }

  public MalformedEventException(String ceType, String problem) {
    super("malformed " + ceType + " data: " + problem);
  }
}
