package io.gigawatt.capacity.api;

import io.gigawatt.events.Bounds;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a query looks at the ledger: {@code asOf} a business date (what was true in the world then)
 * and {@code knownAt} a record time (what the ledger had recorded by then); both optional, both
 * null for the current view.
 */
record TimePoint(LocalDate asOf, OffsetDateTime knownAt) {

  boolean current() {
    return asOf == null && knownAt == null;
  }

  /** Parses the query parameters; 400 naming the bad ones. */
  static TimePoint parse(String asOf, String knownAt) {
    var v = new Validator();
    LocalDate day = date(v, "asOf", asOf);
    OffsetDateTime time = null;
    if (knownAt != null) {
      try {
        time = OffsetDateTime.parse(knownAt);
      } catch (DateTimeParseException e) {
        v.check(
            "knownAt", false, "must be an ISO-8601 time with offset, e.g. 2025-10-01T00:00:00Z");
      }
    }
    v.throwIfInvalid();
    return new TimePoint(day, time);
  }

  /** A business date parameter within the bounds of every date (1950–2100); null when absent. */
  static LocalDate date(Validator v, String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value);
      v.check(field, Bounds.DATE.test(day), Bounds.DATE.requirement());
      return day;
    } catch (DateTimeParseException e) {
      v.check(field, false, "must be a date YYYY-MM-DD");
      return null;
    }
  }
}
