package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * A program (e.g. Stargate): what its active contracts commit against what its sites plan, build
 * and energize, the GPUs delivered to its sites, the countries they are in, and the gap between
 * committed and energized MW.
 */
public record ProgramFigures(
    String name,
    double committedMw,
    BigInteger committedUsd,
    PowerMw powerMw,
    ProgramGpus gpus,
    List<String> countries,
    double gapMw) {

  /** GPUs delivered to a program's sites. */
  public record ProgramGpus(long delivered, double h100e) {}

  public static ProgramFigures of(String name, RegionTotals totals) {
    Figures figures = RegionView.figures(totals);
    BigDecimal committed = totals.get(Metric.COMMITTED_MW);
    return new ProgramFigures(
        name,
        Round.tenths(committed),
        totals.get(Metric.VALUE_USD).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact(),
        figures.powerMw(),
        new ProgramGpus(figures.gpus().delivered(), figures.gpus().h100e()),
        totals.metrics().keySet().stream()
            .map(Metric::countryOf)
            .filter(c -> c != null && totals.get(Metric.sitesIn(c)).signum() > 0)
            .sorted()
            .toList(),
        Round.tenths(committed.subtract(totals.get(Metric.ENERGIZED_MW))));
  }
}
