package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.GpuHolding;
import io.gigawatt.capacity.domain.SiteSnapshot;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.GpuModel;
import io.gigawatt.events.Organization;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** One site of a region's list, as of the date asked for. */
public record RegionSite(
    String siteId,
    String name,
    String program,
    Organization operator,
    Organization owner,
    String country,
    String subdivision,
    String locality,
    LocalDate announcedOn,
    String status,
    double plannedMw,
    double energizedMw,
    Gpus gpus) {

  /** The GPUs delivered to the site by then, in H100-equivalents (unknown models count none). */
  public record Gpus(long delivered, double h100e, Map<String, Long> byModel) {}

  static RegionSite of(SiteSnapshot site) {
    var profile = site.profile();
    Map<String, Long> byModel = new TreeMap<>();
    BigDecimal h100e = BigDecimal.ZERO;
    long delivered = 0;
    for (GpuHolding holding : site.holdings()) {
      byModel.merge(holding.gpuModel(), holding.count(), Long::sum);
      delivered += holding.count();
      h100e = h100e.add(h100e(holding));
    }
    return new RegionSite(
        site.siteId(),
        profile.name(),
        profile.program(),
        profile.operator(),
        profile.owner(),
        profile.country(),
        profile.subdivision(),
        profile.locality(),
        profile.announcedOn(),
        site.status().name(),
        tenths(site.plannedMw()),
        tenths(site.energizedMw()),
        new Gpus(delivered, tenths(h100e), byModel));
  }

  private static BigDecimal h100e(GpuHolding holding) {
    return GpuCatalog.find(holding.gpuModel())
        .map(
            model ->
                BigDecimal.valueOf(holding.count())
                    .multiply(BigDecimal.valueOf(model.denseInt8Ops()))
                    .divide(
                        BigDecimal.valueOf(GpuModel.H100_DENSE_INT8_OPS),
                        6,
                        RoundingMode.HALF_EVEN))
        .orElse(BigDecimal.ZERO);
  }

  static double tenths(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
