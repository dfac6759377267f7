package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import java.util.List;

/**
 * A principal subdivision of a country, by its ISO 3166-2 code (e.g. US-TX).
 *
 * @param name the English short name, e.g. Bavaria
 * @param isoName the name ISO 3166-2 lists where it differs, e.g. Bayern; may be null
 * @param category ISO's category, e.g. State, Province, Emirate
 * @param formerCodes codes ISO has since replaced by {@code code}, still understood
 */
public record Subdivision(
    String code, String name, String isoName, String category, List<String> formerCodes) {

  public Subdivision {
    if (code == null || code.length() < 4 || !isOf(code.substring(0, 2), code)) {
      throw new IllegalArgumentException("not an ISO 3166-2 code of a country: " + code);
    }
    formerCodes = formerCodes == null ? List.of() : List.copyOf(formerCodes);
    for (String former : formerCodes) {
      if (!isOf(code.substring(0, 2), former)) {
        throw new IllegalArgumentException(
            code + ": former code " + former + " is of another shape");
      }
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(code + ": name is required");
    }
  }

  /** The ISO 3166-1 alpha-2 code of the country it belongs to. */
  public String country() {
    return code.substring(0, 2);
  }

  private static boolean isOf(String country, String code) {
    return Countries.isCountry(country) && Countries.isSubdivisionOf(code, country);
  }
}
