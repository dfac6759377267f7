package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels at which figures are summed. Countries, subdivisions, programs and the world are
 * stored; blocs are summed from their member countries on the date asked for.
 */
public enum Level {
  COUNTRY,
  SUBDIVISION,
  BLOC,
  WORLD,
  PROGRAM;

  /** The code of the region that holds the world's totals. */
  public static final String WORLD_CODE = "WORLD";

  /** The level as the API spells it: {@code country}, {@code subdivision}, {@code bloc}, … */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> ofApiName(String name) {
    return Arrays.stream(values()).filter(level -> level.apiName().equals(name)).findFirst();
  }

  /** The level of a region code: US → country, US-TX → subdivision, EU → bloc; empty if none. */
  public static Optional<Level> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    if (WORLD_CODE.equals(code)) {
      return Optional.of(WORLD);
    }
    if (Programs.isProgram(code)) {
      return Optional.of(PROGRAM);
    }
    if (Countries.isCountry(code)) {
      return Optional.of(COUNTRY);
    }
    if (code.length() > 3 && Countries.isSubdivisionOf(code, code.substring(0, 2))) {
      return Optional.of(SUBDIVISION);
    }
    if (Blocs.isBloc(code)) {
      return Optional.of(BLOC);
    }
    return Optional.empty();
  }
}
