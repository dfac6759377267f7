package io.gigawatt.eventstore.http;

import io.gigawatt.eventstore.EventMetadata;
import io.gigawatt.support.id.TimeOrderedUuid;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;

/** Reads a command's metadata from its HTTP request headers. */
public final class CommandMetadata {
  public static final String CORRELATION_ID = "X-Correlation-Id";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Who issued the command, as the caller names itself: Gigawatt has no authentication yet. */
  public static final String ACTOR = "X-Actor";

  private static final int MAX_ACTOR_LENGTH = 200;

  private CommandMetadata() {}

  public static EventMetadata from(HttpHeaders headers) {
    String correlationId = headers.getHeaderString(CORRELATION_ID);
    return new EventMetadata(
        correlationId == null || correlationId.isBlank()
            ? TimeOrderedUuid.nextString()
            : correlationId,
        TimeOrderedUuid.nextString(),
        actor(headers),
        headers.getHeaderString(IDEMPOTENCY_KEY));
  }

  private static String actor(HttpHeaders headers) {
    String actor = headers.getHeaderString(ACTOR);
    if (actor == null || actor.isBlank()) {
      return null;
    }
    if (actor.strip().length() > MAX_ACTOR_LENGTH) {
      throw new InvalidCommandException(
          List.of(new FieldError(ACTOR, "must be at most " + MAX_ACTOR_LENGTH + " characters")));
    }
    return actor.strip();
  }
}
