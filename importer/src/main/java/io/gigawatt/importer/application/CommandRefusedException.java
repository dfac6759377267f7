package io.gigawatt.importer.application;

/** The API refused a command (a 4xx, or a 5xx that outlasted the retries). */
public final class CommandRefusedException extends RuntimeException {
  public CommandRefusedException(String message) {
    super(message);
  }
}
