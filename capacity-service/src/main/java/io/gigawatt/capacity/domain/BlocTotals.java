package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bloc's totals: the sum of its member countries' on the date asked for. A contract that spans
 * two members counts in each.
 */
public final class BlocTotals {
  private BlocTotals() {}

  public static RegionTotals of(
      String code, Collection<String> members, Map<String, RegionTotals> countries) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (String member : members) {
      RegionTotals country = countries.get(member);
      if (country != null) {
        country.metrics().forEach((metric, amount) -> sums.merge(metric, amount, BigDecimal::add));
      }
    }
    return RegionTotals.empty(code).plus(sums);
  }
}
