package io.gigawatt.support.domain;

import java.util.List;

/** What an aggregate decided: the events to record, or the rule the command broke. */
public sealed interface Decision<E> {

  record Accepted<E>(List<E> events) implements Decision<E> {
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /** A business rule refused the command; {@code rule} is a stable, machine-readable name. */
  record Rejected<E>(String rule, String message) implements Decision<E> {}

  @SafeVarargs
  static <E> Decision<E> accept(E... events) {
    return new Accepted<>(List.of(events));
  }

  static <E> Decision<E> reject(String rule, String message) {
    return new Rejected<>(rule, message);
  }
}
