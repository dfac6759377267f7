package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A group of countries with dated memberships, e.g. the EU. Its code is upper-case letters and
 * digits, never a hyphen (so never shaped like an ISO 3166-2 code), and never an assigned ISO
 * 3166-1 alpha-2 or alpha-3 code nor the world's code.
 *
 * @param note what the memberships alone do not say; may be null
 * @param sources where the memberships come from
 */
public record Bloc(
    String code, String name, String note, List<URI> sources, List<BlocMembership> memberships) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
  private static final Set<String> ALPHA_3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  public Bloc {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "bloc code must be 2 to 10 upper-case letters or digits: " + code);
    }
    if (Countries.isCountry(code) || ALPHA_3.contains(code) || Level.WORLD_CODE.equals(code)) {
      throw new IllegalArgumentException("bloc code " + code + " names a country or the world");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(code + ": name is required");
    }
    if (sources == null || sources.isEmpty() || !sources.stream().allMatch(Bloc::isWebAddress)) {
      throw new IllegalArgumentException(code + ": sources must be one or more http(s) URLs");
    }
    if (memberships == null || memberships.isEmpty()) {
      throw new IllegalArgumentException(code + ": memberships are required");
    }
    sources = List.copyOf(sources);
    memberships = List.copyOf(memberships);
    requireNoOverlap(code, memberships);
  }

  /** The members on that day, sorted. */
  public Set<String> membersOn(LocalDate day) {
    return memberships.stream()
        .filter(membership -> membership.isActiveOn(day))
        .map(BlocMembership::country)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));
  }

  public boolean hasMember(String country, LocalDate day) {
    return memberships.stream().anyMatch(m -> m.country().equals(country) && m.isActiveOn(day));
  }

  private static boolean isWebAddress(URI uri) {
    return uri != null
        && uri.getHost() != null
        && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
  }

  private static void requireNoOverlap(String code, List<BlocMembership> memberships) {
    memberships.stream()
        .collect(Collectors.groupingBy(BlocMembership::country))
        .forEach(
            (country, periods) -> {
              var sorted =
                  periods.stream().sorted(Comparator.comparing(BlocMembership::from)).toList();
              for (int i = 1; i < sorted.size(); i++) {
                if (!sorted.get(i - 1).endsBefore(sorted.get(i))) {
                  throw new IllegalArgumentException(
                      code + ": memberships of " + country + " overlap");
                }
              }
            });
  }
}
