package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

/**
 * A figure an event set on a business date, at an aggregate sequence: a site's planned MW (from its
 * announcement or a revision) or an energized phase's MW.
 */
public record DatedValue(LocalDate on, long sequence, BigDecimal mw) implements Sequenced {

  /** The value of the highest sequence dated on or before {@code day} (null: any date). */
  static BigDecimal latest(Collection<DatedValue> values, LocalDate day) {
    return values.stream()
        .filter(v -> Dates.onOrBefore(v.on, day))
        .max(Comparator.comparingLong(DatedValue::sequence))
        .map(DatedValue::mw)
        .orElse(null);
  }

  /** The sum of the values dated on or before {@code day} (null: any date). */
  static BigDecimal sum(Collection<DatedValue> values, LocalDate day) {
    return values.stream()
        .filter(v -> Dates.onOrBefore(v.on, day))
        .map(DatedValue::mw)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
