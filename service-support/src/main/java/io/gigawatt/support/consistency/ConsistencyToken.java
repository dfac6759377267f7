package io.gigawatt.support.consistency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Read-your-writes: the aggregate a command changed and the version the command answered. Every
 * command answer carries it in {@link #HEADER}; a query that sends it back waits until its view has
 * applied that version of that aggregate. Opaque to clients: base64url of {@code
 * v1:<version>:<aggregateId>}, at most {@link #MAX_LENGTH} characters.
 */
public record ConsistencyToken(String aggregateId, long version) {
  public static final String HEADER = "X-Consistency-Token";
  public static final int MAX_LENGTH = 256;
  private static final int MAX_ID_BYTES = 128;
  private static final String FORMAT = "v1:";

  public ConsistencyToken {
    if (aggregateId == null
        || aggregateId.isEmpty()
        || aggregateId.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new IllegalArgumentException("an aggregate id of 1 to " + MAX_ID_BYTES + " bytes");
    }
    if (version < 1) {
      throw new IllegalArgumentException("aggregate versions start at 1: " + version);
    }
  }

  public String encode() {
    String text = FORMAT + version + ":" + aggregateId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The token a header carries; empty for anything that is not one (never throws). */
  public static Optional<ConsistencyToken> decode(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(header.strip()), StandardCharsets.UTF_8);
      int colon = text.indexOf(':', FORMAT.length());
      if (!text.startsWith(FORMAT) || colon < 0) {
        return Optional.empty();
      }
      long version = Long.parseLong(text.substring(FORMAT.length(), colon));
      return Optional.of(new ConsistencyToken(text.substring(colon + 1), version));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
