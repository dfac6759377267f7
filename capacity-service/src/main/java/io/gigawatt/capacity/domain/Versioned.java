package io.gigawatt.capacity.domain;

/**
 * A value set by an aggregate's events, tagged with the sequence of the event that set it. The
 * highest sequence wins whatever order the events arrive in.
 */
public record Versioned<T>(T value, long sequence) {

  /** The later of {@code current} (may be null) and the value set at {@code sequence}. */
  static <T> Versioned<T> later(Versioned<T> current, T value, long sequence) {
    return current == null || sequence > current.sequence
        ? new Versioned<>(value, sequence)
        : current;
  }

  static <T> T valueOf(Versioned<T> versioned, T fallback) {
    return versioned == null ? fallback : versioned.value;
  }
}
