package io.gigawatt.importer.domain;

import io.gigawatt.events.Countries;
import java.util.Map;

/** Epoch's country names ("Korea (Republic of)") as ISO 3166-1 alpha-2 codes ("KR"). */
public final class CountryNames {
  /** The code of an unknown location or home country. */
  public static final String UNKNOWN = "XX";

  private static final Map<String, String> ISO =
      Tables.load("/epoch/countries.csv", row -> checked(row.get(1)));

  private CountryNames() {}

  /**
   * The ISO code of an Epoch country name; {@link #UNKNOWN} for none; 400-like error if unknown.
   */
  public static String iso(String epochName) {
    if (epochName == null || epochName.isBlank()) {
      return UNKNOWN;
    }
    String code = ISO.get(epochName.strip());
    if (code == null) {
      throw new BadRecordException("Country", "'" + epochName + "' is not in the country table");
    }
    return code;
  }

  public static Map<String, String> all() {
    return ISO;
  }

  private static String checked(String code) {
    if (!Countries.isCountry(code)) {
      throw new IllegalStateException("countries.csv: " + code + " is no ISO 3166-1 code");
    }
    return code;
  }
}
