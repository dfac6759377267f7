package io.gigawatt.eventstore;

/**
 * Another writer appended to the stream first; answers 409 with the current version (read after the
 * losing transaction rolled back).
 */
public class ConcurrencyConflictException extends RuntimeException {
  private final String streamId;
  private final int expectedVersion;

  public ConcurrencyConflictException(String streamId, int expectedVersion) {
    super("stream " + streamId + " moved past version " + expectedVersion);
    this.streamId = streamId;
    this.expectedVersion = expectedVersion;
  }

  public String streamId() {
    return streamId;
  }

  public int expectedVersion() {
    return expectedVersion;
  }
}
