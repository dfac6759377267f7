package io.gigawatt.gateway.persistence;

import io.gigawatt.gateway.domain.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** A row of the key store: everything about an API key except its secret. */
public record StoredKey(
    String id,
    String name,
    Role role,
    String prefix,
    String keyHash,
    OptionalInt rateLimit,
    Instant createdAt,
    Optional<String> createdBy,
    Optional<Instant> revokedAt) {

  public boolean active() {
    return revokedAt.isEmpty();
  }
}
