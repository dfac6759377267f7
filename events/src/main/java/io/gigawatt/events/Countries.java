package io.gigawatt.events;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO 3166 codes as the contract uses them, and {@link #UNKNOWN}: the user-assigned code {@code XX}
 * for a location or home country that is not known.
 */
public final class Countries {
  /**
   * An unknown country (ISO 3166-1 leaves {@code XX} to users): a site whose location is unknown,
   * an organization or chip vendor whose home country is. It has no subdivisions, belongs to no
   * bloc and is foreign to every country.
   */
  public static final String UNKNOWN = "XX";

  private static final Set<String> ALPHA_2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

  private Countries() {}

  /** True for an assigned ISO 3166-1 alpha-2 code, upper case, or {@link #UNKNOWN}. */
  public static boolean isCountry(String code) {
    return code != null && (ALPHA_2.contains(code) || UNKNOWN.equals(code));
  }

  public static boolean isUnknown(String code) {
    return UNKNOWN.equals(code);
  }

  /** True for an ISO 3166-2 code shaped {@code CC-XXX} whose prefix is the given country. */
  public static boolean isSubdivisionOf(String subdivision, String country) {
    if (subdivision == null) {
      return false;
    }
    var matcher = SUBDIVISION.matcher(subdivision);
    return matcher.matches() && matcher.group(1).equals(country) && !isUnknown(country);
  }

  /** The English name of a country, e.g. "United States" for US; "Unknown" for {@link #UNKNOWN}. */
  public static String name(String code) {
    return isUnknown(code) ? "Unknown" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
