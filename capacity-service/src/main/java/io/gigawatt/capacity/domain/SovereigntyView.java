package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes a region's {@link Sovereignty} from its totals. "Domestic" are the countries the region
 * stands for: a country itself; a subdivision's country (organizations are domiciled in countries);
 * a bloc's members on the date asked for. For the world every controller and vendor is domestic.
 */
final class SovereigntyView {
  private static final int TOP = 10;
  private static final String OTHER = "other";

  private SovereigntyView() {}

  static Sovereignty of(Level level, RegionTotals totals, Set<String> domestic) {
    BigDecimal hosted = totals.get(Metric.H100E);
    Map<String, BigDecimal> byController = keyed(totals, Metric::controllerOf);
    Map<String, BigDecimal> byVendor = keyed(totals, Metric::vendorOf);
    Map<String, BigDecimal> byHost = keyed(totals, Metric::hostOf);
    BigDecimal sovereign;
    BigDecimal domesticChips;
    BigDecimal controlled;
    if (level == Level.WORLD) {
      sovereign = hosted;
      domesticChips = hosted;
      controlled = hosted;
    } else {
      sovereign = sum(byController, domestic);
      domesticChips = sum(byVendor, domestic);
      controlled = totals.get(Metric.CONTROLLED_H100E);
      if (level == Level.SUBDIVISION) {
        controlled = sovereign;
        byHost =
            sovereign.signum() == 0 ? Map.of() : Map.of(totals.code().substring(0, 2), sovereign);
      }
    }
    return new Sovereignty(
        Round.tenths(hosted),
        Round.tenths(controlled),
        Round.tenths(sovereign),
        Round.share(sovereign, hosted),
        Round.share(hosted.subtract(domesticChips), hosted),
        top(byController, hosted),
        top(byVendor, hosted),
        top(byHost, controlled));
  }

  private static Map<String, BigDecimal> keyed(RegionTotals totals, Function<String, String> key) {
    Map<String, BigDecimal> keyed = new TreeMap<>();
    totals
        .metrics()
        .forEach(
            (metric, amount) -> {
              String k = key.apply(metric);
              if (k != null && amount.signum() != 0) {
                keyed.put(k, amount);
              }
            });
    return keyed;
  }

  private static BigDecimal sum(Map<String, BigDecimal> map, Set<String> countries) {
    return countries.stream()
        .map(c -> map.getOrDefault(c, BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The ten largest entries and "other", in tenths that add up to the whole rounded to tenths
   * (largest remainder), largest first.
   */
  static Map<String, Double> top(Map<String, BigDecimal> parts, BigDecimal whole) {
    Map<String, BigDecimal> kept = new LinkedHashMap<>();
    BigDecimal other = BigDecimal.ZERO;
    int rank = 0;
    for (var entry :
        parts.entrySet().stream()
            .sorted(
                Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList()) {
      if (rank++ < TOP) {
        kept.put(entry.getKey(), entry.getValue());
      } else {
        other = other.add(entry.getValue());
      }
    }
    if (other.signum() > 0) {
      kept.put(OTHER, other);
    }
    long tenths = whole.movePointRight(1).setScale(0, RoundingMode.HALF_UP).longValueExact();
    Map<String, Double> rounded = new LinkedHashMap<>();
    Apportionment.split(tenths, kept)
        .forEach(
            (country, part) -> rounded.put(country, BigDecimal.valueOf(part, 1).doubleValue()));
    return rounded;
  }
}
