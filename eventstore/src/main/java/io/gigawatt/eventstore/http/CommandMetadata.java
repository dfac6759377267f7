package io.gigawatt.eventstore.http;

import io.gigawatt.eventstore.EventMetadata;
import io.gigawatt.support.id.TimeOrderedUuid;
import jakarta.ws.rs.core.HttpHeaders;

/** Reads a command's metadata from its HTTP request headers. */
public final class CommandMetadata {
  public static final String CORRELATION_ID = "X-Correlation-Id";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private CommandMetadata() {}

  public static EventMetadata from(HttpHeaders headers) {
    String correlationId = headers.getHeaderString(CORRELATION_ID);
    return new EventMetadata(
        correlationId == null || correlationId.isBlank()
            ? TimeOrderedUuid.nextString()
            : correlationId,
        TimeOrderedUuid.nextString(),
        null,
        headers.getHeaderString(IDEMPOTENCY_KEY));
  }
}
