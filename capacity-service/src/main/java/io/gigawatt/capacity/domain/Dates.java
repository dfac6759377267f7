package io.gigawatt.capacity.domain;

import java.time.LocalDate;

/** Business dates of facts, against the date a figure is asked for ("as of"). */
final class Dates {
  private Dates() {}

  /** True when a fact dated {@code on} is in effect on {@code day}; a null day means any date. */
  static boolean onOrBefore(LocalDate on, LocalDate day) {
    return day == null || !on.isAfter(day);
  }
}
