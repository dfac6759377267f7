package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one site or contract adds to the regions' figures: region code → metric → amount, without
 * zero amounts. A change of a site or contract changes the figures by the difference of its new and
 * its former contribution, so figures are maintained incrementally and exactly.
 */
public final class Contribution {
  public static final Contribution NONE = new Contribution(new TreeMap<>());

  private final Map<String, Map<String, BigDecimal>> byRegion;

  private Contribution(Map<String, Map<String, BigDecimal>> byRegion) {
    this.byRegion = byRegion;
  }

  /** A contribution as {@link #byRegion()} returned it. */
  public static Contribution of(Map<String, Map<String, BigDecimal>> byRegion) {
    var builder = new Builder();
    byRegion.forEach((region, metrics) -> metrics.forEach((m, v) -> builder.add(region, m, v)));
    return builder.build();
  }

  public Map<String, Map<String, BigDecimal>> byRegion() {
    return Collections.unmodifiableMap(byRegion);
  }

  public boolean isEmpty() {
    return byRegion.isEmpty();
  }

  /** This contribution less {@code former}: what changes in the figures when it replaces it. */
  public Contribution minus(Contribution former) {
    var builder = new Builder();
    byRegion.forEach((region, metrics) -> metrics.forEach((m, v) -> builder.add(region, m, v)));
    former.byRegion.forEach(
        (region, metrics) -> metrics.forEach((m, v) -> builder.add(region, m, v.negate())));
    return builder.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contribution c && c.byRegion.equals(byRegion);
  }

  @Override
  public int hashCode() {
    return byRegion.hashCode();
  }

  @Override
  public String toString() {
    return byRegion.toString();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Sums amounts per region and metric. */
  static final class Builder {
    private final Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();

    Builder add(String region, String metric, BigDecimal amount) {
      sums.computeIfAbsent(region, r -> new TreeMap<>()).merge(metric, amount, BigDecimal::add);
      return this;
    }

    Builder add(Collection<String> regions, String metric, BigDecimal amount) {
      regions.forEach(region -> add(region, metric, amount));
      return this;
    }

    Contribution build() {
      Map<String, Map<String, BigDecimal>> nonZero = new TreeMap<>();
      sums.forEach(
          (region, metrics) -> {
            Map<String, BigDecimal> kept = new TreeMap<>();
            metrics.forEach(
                (metric, amount) -> {
                  if (amount.signum() != 0) {
                    kept.put(metric, amount.stripTrailingZeros());
                  }
                });
            if (!kept.isEmpty()) {
              nonZero.put(region, Collections.unmodifiableMap(kept));
            }
          });
      return nonZero.isEmpty() ? NONE : new Contribution(nonZero);
    }
  }
}
