package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The levels at which figures are summed; the world is a region of its own. */
public enum Level {
  COUNTRY,
  SUBDIVISION,
  WORLD;

  /** The code of the region that holds the world's totals. */
  public static final String WORLD_CODE = "WORLD";

  /** The level as the API spells it: {@code country}, {@code subdivision}, {@code world}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> ofApiName(String name) {
    return Arrays.stream(values()).filter(level -> level.apiName().equals(name)).findFirst();
  }

  /** The level of a region code: US → country, US-TX → subdivision; empty when neither. */
  public static Optional<Level> ofCode(String code) {
    if (WORLD_CODE.equals(code)) {
      return Optional.of(WORLD);
    }
    if (Countries.isCountry(code)) {
      return Optional.of(COUNTRY);
    }
    if (code != null
        && code.length() > 3
        && Countries.isSubdivisionOf(code, code.substring(0, 2))) {
      return Optional.of(SUBDIVISION);
    }
    return Optional.empty();
  }
}
