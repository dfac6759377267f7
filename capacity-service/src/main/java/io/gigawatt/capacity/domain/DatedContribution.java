package io.gigawatt.capacity.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a site or contract contributes on each business date its figures change on: the contribution
 * on a date holds until the next one. Before the first date it contributes nothing; from the last
 * one on, what it contributes now.
 */
public record DatedContribution(NavigableMap<LocalDate, Contribution> byDate) {
  public static final DatedContribution NONE = new DatedContribution(new TreeMap<>());

  public DatedContribution(Map<LocalDate, Contribution> byDate) {
    this(new TreeMap<>(byDate));
  }

  /** What it contributes with every fact, whatever its date: the current view. */
  public Contribution current() {
    return byDate.isEmpty() ? Contribution.NONE : byDate.lastEntry().getValue();
  }

  /**
   * What changes in the figures, date by date, when this replaces {@code former}: on each date,
   * this one's step minus the former's step.
   */
  public Map<LocalDate, Contribution> stepsReplacing(DatedContribution former) {
    Map<LocalDate, Contribution> steps = new TreeMap<>();
    var dates = new TreeSet<LocalDate>(byDate.keySet());
    dates.addAll(former.byDate.keySet());
    for (LocalDate day : dates) {
      Contribution change = step(day).minus(former.step(day));
      if (!change.isEmpty()) {
        steps.put(day, change);
      }
    }
    return steps;
  }

  /** What starts on {@code day}: the contribution then, minus the one the day before. */
  private Contribution step(LocalDate day) {
    Contribution now = byDate.containsKey(day) ? byDate.get(day) : at(day);
    var before = byDate.lowerEntry(day);
    return now.minus(before == null ? Contribution.NONE : before.getValue());
  }

  private Contribution at(LocalDate day) {
    var entry = byDate.floorEntry(day);
    return entry == null ? Contribution.NONE : entry.getValue();
  }
}
