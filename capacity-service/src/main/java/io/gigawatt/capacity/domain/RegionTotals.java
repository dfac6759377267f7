package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The exact, unrounded sums of one region: metric → amount; a metric not present is zero. */
public record RegionTotals(String code, Map<String, BigDecimal> metrics) {

  public RegionTotals {
    metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
  }

  public static RegionTotals empty(String code) {
    return new RegionTotals(code, Map.of());
  }

  public BigDecimal get(String metric) {
    return metrics.getOrDefault(metric, BigDecimal.ZERO);
  }

  /** These totals changed by {@code delta}; amounts that reach zero are dropped. */
  public RegionTotals plus(Map<String, BigDecimal> delta) {
    Map<String, BigDecimal> sums = new TreeMap<>(metrics);
    delta.forEach((metric, amount) -> sums.merge(metric, amount, BigDecimal::add));
    sums.values().removeIf(amount -> amount.signum() == 0);
    sums.replaceAll((metric, amount) -> amount.stripTrailingZeros());
    return new RegionTotals(code, sums);
  }
}
