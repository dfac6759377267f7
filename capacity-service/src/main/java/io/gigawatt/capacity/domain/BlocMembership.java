package io.gigawatt.capacity.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Countries;
import java.time.LocalDate;

/**
 * A country's membership of a bloc, from {@code from} to {@code until}, both inclusive.
 *
 * @param country the member's ISO 3166-1 alpha-2 code
 * @param until the last day of membership; null while it lasts
 * @param note what the dates alone do not say (a suspension, a predecessor state); may be null
 */
public record BlocMembership(String country, LocalDate from, LocalDate until, String note) {

  public BlocMembership {
    if (!Countries.isCountry(country) || Countries.isUnknown(country)) {
      throw new IllegalArgumentException(
          "country must be an assigned ISO 3166-1 alpha-2 code: " + country);
    }
    String fromViolation = from == null ? "is required" : Bounds.DATE.apply(from);
    if (fromViolation != null) {
      throw new IllegalArgumentException(country + ": from " + fromViolation);
    }
    if (until != null && Bounds.DATE.apply(until) != null) {
      throw new IllegalArgumentException(country + ": until " + Bounds.DATE.apply(until));
    }
    if (until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(country + ": until " + until + " is before from " + from);
    }
  }

  public boolean isActiveOn(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }

  /** True when this membership ends before the other begins. */
  boolean endsBefore(BlocMembership other) {
    return until != null && until.isBefore(other.from);
  }
}
