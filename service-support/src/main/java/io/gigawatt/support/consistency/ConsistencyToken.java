package io.gigawatt.support.consistency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** PROVISIONAL (replaced by the issue-7-bounds branch): aggregate id + version, opaque. */
public record ConsistencyToken(String aggregateId, long version) {
  public static final String HEADER = "X-Consistency-Token";

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("v1:" + aggregateId + ":" + version).getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<ConsistencyToken> decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = text.split(":");
      if (parts.length != 3 || !parts[0].equals("v1")) {
        return Optional.empty();
      }
      return Optional.of(new ConsistencyToken(parts[1], Long.parseLong(parts[2])));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
