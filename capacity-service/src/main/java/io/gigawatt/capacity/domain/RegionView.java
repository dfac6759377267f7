package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Turns a region's exact totals into the figures the API answers, rounded for display. */
public final class RegionView {
  /** Most H100-equivalents first, then most planned MW, then by code. */
  public static final Comparator<RegionCapacity> ORDER =
      Comparator.comparing((RegionCapacity r) -> r.gpus().h100e(), Comparator.reverseOrder())
          .thenComparing(r -> r.powerMw().planned(), Comparator.reverseOrder())
          .thenComparing(RegionCapacity::code);

  private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The name of region {@link Countries#UNKNOWN}: sites whose location is not known. */
  public static final String UNKNOWN_LOCATION = "Unknown location";

  private RegionView() {}

  /** A stored region (country, subdivision, world) as it is now. */
  public static RegionCapacity region(Level level, RegionTotals totals, RegionTotals world) {
    return region(level, totals, world, domestic(level, totals.code(), null), null);
  }

  /**
   * A region's figures.
   *
   * @param domestic the countries the region stands for ({@link #domestic})
   * @param name its name; null to take the country's, subdivision's, bloc's or world's
   */
  public static RegionCapacity region(
      Level level, RegionTotals totals, RegionTotals world, Set<String> domestic, String name) {
    Figures figures = figures(totals);
    return new RegionCapacity(
        totals.code(),
        level.apiName(),
        name == null ? name(level, totals.code()) : name,
        figures.sites(),
        figures.powerMw(),
        figures.contracts(),
        figures.gpus(),
        new WorldShare(
            Round.share(totals.get(Metric.ENERGIZED_MW), world.get(Metric.ENERGIZED_MW)),
            Round.share(totals.get(Metric.H100E), world.get(Metric.H100E))),
        SovereigntyView.of(level, totals, domestic));
  }

  /**
   * The countries a region stands for, for sovereignty: a country itself, a subdivision's country,
   * a bloc's members on {@code day} (null: today); none for the world, programs and the unknown
   * location ({@link Countries#UNKNOWN}): nothing is domestic to it, and an unknown controller or
   * chip vendor is domestic to no region.
   */
  public static Set<String> domestic(Level level, String code, LocalDate day) {
    return switch (level) {
      case COUNTRY -> Countries.isUnknown(code) ? Set.of() : Set.of(code);
      case SUBDIVISION -> Set.of(code.substring(0, 2));
      case BLOC -> Blocs.members(code, day == null ? LocalDate.now(ZoneOffset.UTC) : day);
      case WORLD, PROGRAM -> Set.of();
    };
  }

  public static Figures figures(RegionTotals totals) {
    return new Figures(
        new SiteCounts(
            count(totals, SiteStatus.ANNOUNCED.metric()),
            count(totals, SiteStatus.UNDER_CONSTRUCTION.metric()),
            count(totals, SiteStatus.OPERATIONAL.metric()),
            count(totals, SiteStatus.CANCELLED.metric()),
            count(totals, SiteStatus.DECOMMISSIONED.metric())),
        new PowerMw(
            Round.tenths(totals.get(Metric.PLANNED_MW)),
            Round.tenths(totals.get(Metric.UNDER_CONSTRUCTION_MW)),
            Round.tenths(totals.get(Metric.ENERGIZED_MW))),
        new ContractFigures(
            count(totals, Metric.CONTRACTS),
            totals.get(Metric.VALUE_USD).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact(),
            Round.tenths(totals.get(Metric.COMMITTED_MW))),
        new GpuFigures(
            count(totals, Metric.GPUS),
            Round.tenths(totals.get(Metric.H100E)),
            Round.tenths(totals.get(Metric.BF16_PFLOPS)),
            Round.tenths(totals.get(Metric.GPU_POWER_MW)),
            byModel(totals),
            count(totals, Metric.UNKNOWN_MODEL_GPUS)));
  }

  private static String name(Level level, String code) {
    return switch (level) {
      case COUNTRY -> Countries.isUnknown(code) ? UNKNOWN_LOCATION : Countries.name(code);
      case WORLD -> "World";
      case SUBDIVISION -> Subdivisions.name(code).orElse(code);
      case BLOC -> Blocs.find(code).map(Bloc::name).orElse(code);
      case PROGRAM -> code.substring(Programs.PREFIX.length());
    };
  }

  /** Most delivered model first, then by catalog id. */
  private static Map<String, Long> byModel(RegionTotals totals) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    totals.metrics().entrySet().stream()
        .filter(e -> Metric.modelOf(e.getKey()) != null)
        .map(e -> Map.entry(Metric.modelOf(e.getKey()), whole(e.getValue())))
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static long count(RegionTotals totals, String metric) {
    return whole(totals.get(metric));
  }

  /** Bounded facts cannot sum past a long; should they, the figure saturates, it never fails. */
  private static long whole(BigDecimal value) {
    BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
    return rounded.compareTo(MAX_LONG) > 0 ? Long.MAX_VALUE : rounded.longValue();
  }
}
