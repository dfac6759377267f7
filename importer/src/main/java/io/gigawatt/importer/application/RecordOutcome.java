package io.gigawatt.importer.application;

/** What importing one record did. {@code detail} says why it failed; null otherwise. */
public record RecordOutcome(Kind kind, int line, String name, int events, String detail) {
  public enum Kind {
    IMPORTED,
    UPDATED,
    UNCHANGED,
    FAILED
  }
}
