package io.gigawatt.bench.chaos;

/**
 * What one command got: {@code status} is the HTTP status, or -1 when no answer came (connection
 * refused or cut, timeout: {@code detail} says which); {@code detail} is otherwise the problem type
 * of an error. {@code entityId} is the site, contract or delivery id of a 2xx. Times are {@link
 * System#nanoTime()}.
 */
public record Answer(
    String correlationId,
    CommandKind kind,
    int status,
    String detail,
    String entityId,
    long sent,
    long answered) {

  public boolean accepted() {
    return status / 100 == 2;
  }

  /** Cut off: no answer, or a 5xx; the command may or may not have been stored. */
  public boolean cutOff() {
    return status < 0 || status >= 500;
  }

  /** A 4xx: refused, so nothing may have been stored. */
  public boolean rejected() {
    return status / 100 == 4;
  }

  /** The status as a report shows it: {@code 503 event-store-unavailable}, or the error. */
  public String outcome() {
    return status < 0
        ? detail
        : detail.isEmpty() ? Integer.toString(status) : status + " " + detail;
  }
}
