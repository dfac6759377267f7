package io.gigawatt.site.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * A site's energized MW over business time, from its dated power changes. A new change dated {@code
 * on} moves every date from {@code on} on, so the rules check the lowest or highest energized MW
 * from that date on: at {@code on} and on each later change.
 */
record EnergizedHistory(List<PowerChange> changes) {

  /** The MW energized on {@code day}: every change dated on or before it. */
  double on(LocalDate day) {
    return changes.stream().filter(c -> !c.on().isAfter(day)).mapToDouble(PowerChange::mw).sum();
  }

  /** The fewest MW energized on any date from {@code day} on. */
  double lowestFrom(LocalDate day) {
    return from(day).min().orElse(0);
  }

  /** The most MW energized on any date from {@code day} on. */
  double highestFrom(LocalDate day) {
    return from(day).max().orElse(0);
  }

  /** True when some MW came online on or before {@code day}. */
  boolean energizedBy(LocalDate day) {
    return changes.stream().anyMatch(c -> c.mw() > 0 && !c.on().isAfter(day));
  }

  /** The date of the latest change, if any. */
  Optional<LocalDate> lastChangeOn() {
    return changes.stream().map(PowerChange::on).max(LocalDate::compareTo);
  }

  private DoubleStream from(LocalDate day) {
    return Stream.concat(
            Stream.of(day), changes.stream().map(PowerChange::on).filter(d -> d.isAfter(day)))
        .mapToDouble(this::on);
  }
}
