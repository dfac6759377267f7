package io.gigawatt.bench.fuzz;

/** Who sends a request: no key, or a key of one role (each role includes the ones before it). */
public enum Role {
  ANONYMOUS,
  READER,
  WRITER,
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
