package io.gigawatt.capacity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fact of an aggregate, identified by the sequence of the event that stated it. */
interface Sequenced {
  long sequence();

  /** The facts with {@code fact} added once (a repeated sequence changes nothing), by sequence. */
  static <T extends Sequenced> List<T> with(List<T> facts, T fact) {
    if (facts.stream().anyMatch(f -> f.sequence() == fact.sequence())) {
      return facts;
    }
    List<T> added = new ArrayList<>(facts);
    added.add(fact);
    added.sort(Comparator.comparingLong(Sequenced::sequence));
    return added;
  }
}
