package io.gigawatt.eventstore;

/** The client's If-Match names another version than the current one; answers 412. */
public class VersionMismatchException extends RuntimeException {
  private final int currentVersion;

  public VersionMismatchException(String streamId, int expected, int currentVersion) {
    super("stream " + streamId + " is at version " + currentVersion + ", not " + expected);
    this.currentVersion = currentVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }
}
