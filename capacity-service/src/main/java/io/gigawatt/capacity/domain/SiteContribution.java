package io.gigawatt.capacity.domain;

import io.gigawatt.events.GpuCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a site adds to its country, its subdivision (if known) and the world: one site in its
 * status; unless cancelled, its planned, under-construction and energized MW and the GPUs hosted
 * there. A site not announced yet adds nothing.
 */
public final class SiteContribution {
  private SiteContribution() {}

  public static Contribution of(SiteState site) {
    if (!site.announced()) {
      return Contribution.NONE;
    }
    List<String> regions = regionsOf(site.profile());
    var contribution = Contribution.builder().add(regions, site.status().metric(), BigDecimal.ONE);
    if (site.cancelled()) {
      return contribution.build();
    }
    BigDecimal planned = site.currentPlannedMw();
    contribution.add(regions, Metric.PLANNED_MW, planned);
    contribution.add(regions, Metric.ENERGIZED_MW, site.energizedMw());
    if (site.status() == SiteStatus.UNDER_CONSTRUCTION) {
      contribution.add(regions, Metric.UNDER_CONSTRUCTION_MW, planned);
    }
    gpusByModel(site).forEach((model, count) -> addGpus(contribution, regions, model, count));
    return contribution.build();
  }

  /** The codes of the regions a site counts in, its country first. */
  static List<String> regionsOf(SiteProfile profile) {
    List<String> regions = new ArrayList<>(3);
    regions.add(profile.country());
    if (profile.subdivision() != null) {
      regions.add(profile.subdivision());
    }
    regions.add(Level.WORLD_CODE);
    return regions;
  }

  private static Map<String, Long> gpusByModel(SiteState site) {
    Map<String, Long> byModel = new TreeMap<>();
    site.holdings().forEach(h -> byModel.merge(h.gpuModel(), h.count(), Long::sum));
    return byModel;
  }

  private static void addGpus(
      Contribution.Builder contribution, List<String> regions, String model, long count) {
    BigDecimal gpus = BigDecimal.valueOf(count);
    contribution.add(regions, Metric.GPUS, gpus);
    contribution.add(regions, Metric.gpusOfModel(model), gpus);
    GpuCatalog.find(model)
        .map(catalogModel -> GpuCompute.of(catalogModel, count))
        .ifPresentOrElse(
            compute -> {
              contribution.add(regions, Metric.H100E, compute.h100e());
              contribution.add(regions, Metric.BF16_PFLOPS, compute.bf16Pflops());
              contribution.add(regions, Metric.GPU_POWER_MW, compute.powerMw());
            },
            () -> contribution.add(regions, Metric.UNKNOWN_MODEL_GPUS, gpus));
  }
}
