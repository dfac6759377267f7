package io.gigawatt.eventstore.http;

import io.gigawatt.events.Bounds;
import io.gigawatt.eventstore.EventMetadata;
import io.gigawatt.support.id.TimeOrderedUuid;
import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.core.HttpHeaders;

/** Reads a command's metadata from its HTTP request headers. */
public final class CommandMetadata {
  public static final String CORRELATION_ID = "X-Correlation-Id";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Who issued the command, as the caller names itself: Gigawatt has no authentication yet. */
  public static final String ACTOR = "X-Actor";

  private CommandMetadata() {}

  public static EventMetadata from(HttpHeaders headers) {
    String correlationId = header(headers, CORRELATION_ID);
    return new EventMetadata(
        correlationId == null ? TimeOrderedUuid.nextString() : correlationId,
        TimeOrderedUuid.nextString(),
        header(headers, ACTOR),
        headers.getHeaderString(IDEMPOTENCY_KEY));
  }

  /** A header's value, stripped; null when absent or blank, 400 naming it when too long. */
  private static String header(HttpHeaders headers, String name) {
    String value = headers.getHeaderString(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    new Validator().ifPresent(name, value.strip(), Bounds.TEXT).throwIfInvalid();
    return value.strip();
  }
}
