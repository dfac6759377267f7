package io.gigawatt.eventstore;

import java.util.OptionalInt;

/**
 * Another writer appended to the stream first, or the writer expected a version the stream is not
 * at; answers 409 with the current version.
 */
public class ConcurrencyConflictException extends RuntimeException {
  private final String streamId;
  private final int expectedVersion;
  private final OptionalInt currentVersion;

  public ConcurrencyConflictException(String streamId, int expectedVersion) {
    this(streamId, expectedVersion, OptionalInt.empty());
  }

  /** With the version the stream was found at, when the writer read it. */
  public ConcurrencyConflictException(
      String streamId, int expectedVersion, OptionalInt currentVersion) {
    super("stream " + streamId + " is not at version " + expectedVersion);
    this.streamId = streamId;
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }

  public String streamId() {
    return streamId;
  }

  public int expectedVersion() {
    return expectedVersion;
  }

  public OptionalInt currentVersion() {
    return currentVersion;
  }
}
