package io.gigawatt.capacity.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Where an event's aggregate sequence stands among the sequences already applied for its aggregate.
 * Neither a gap nor a stale event blocks anything: the facts are folded by sequence.
 *
 * @param gaps sequences below this one that were not seen yet, as ranges
 * @param latestSeen the highest sequence seen before, 0 when none
 */
public record SequenceCheck(long sequence, List<Gap> gaps, long latestSeen) {

  public SequenceCheck {
    gaps = List.copyOf(gaps);
  }

  public static SequenceCheck of(long sequence, Collection<Long> seen) {
    var sorted = new TreeSet<>(seen);
    List<Gap> gaps = new ArrayList<>();
    long expected = 1;
    for (long s : sorted.headSet(sequence, false)) {
      if (s > expected) {
        gaps.add(new Gap(expected, s - 1));
      }
      expected = Math.max(expected, s + 1);
    }
    if (sequence > expected) {
      gaps.add(new Gap(expected, sequence - 1));
    }
    return new SequenceCheck(sequence, gaps, sorted.isEmpty() ? 0 : sorted.last());
  }

  /** A later event of the aggregate was applied before this one. */
  public boolean stale() {
    return latestSeen > sequence;
  }

  /** A run of missing sequences, {@code from} to {@code to} inclusive. */
  public record Gap(long from, long to) {
    @Override
    public String toString() {
      return from == to ? Long.toString(from) : from + ".." + to;
    }
  }
}
