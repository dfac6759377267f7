package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Countries;
import io.gigawatt.support.validation.Validator;

/** The checks of an organization named in a command: a party, a delivery's owner. */
final class Organizations {
  private Organizations() {}

  /** {@code field.name} is a bounded text, {@code field.country} an ISO 3166-1 alpha-2 code. */
  static Validator check(Validator v, String field, String name, String country) {
    return v.required(field + ".name", name, Bounds.TEXT)
        .required(
            field + ".country", country, Countries::isCountry, "is not an ISO 3166-1 alpha-2 code");
  }
}
