package io.gigawatt.gateway.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API key may do; each role includes the ones before it. */
public enum Role {
  READER,
  WRITER,
  ADMIN;

  /**
   * The role's name in the API and the key store: {@code reader}, {@code writer}, {@code admin}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Role> parse(String id) {
    return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
  }
}
