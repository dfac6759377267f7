package io.gigawatt.gateway.domain;

import java.util.OptionalInt;

/**
 * Who sends a request: an API key (its id, name and role, and its own rate limit in requests per
 * second when it was issued with one) or nobody.
 */
public record Caller(String keyId, String name, Role role, OptionalInt rateLimit) {
  public static final Caller ANONYMOUS = new Caller(null, null, null, OptionalInt.empty());

  public boolean anonymous() {
    return keyId == null;
  }
}
