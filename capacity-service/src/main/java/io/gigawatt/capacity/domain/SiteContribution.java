package io.gigawatt.capacity.domain;

import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.GpuModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a site adds to its country, its subdivision (if known), the world and its program: one site
 * in its status; unless cancelled or decommissioned, its planned, under-construction and energized
 * MW and the GPUs hosted there (a decommissioned site hosts nothing from its date on, whether or
 * not its GPUs were retired). The GPUs' H100e also count for sovereignty: by controller and chip
 * vendor where hosted, and as controlled compute in the controller's country. A site not announced
 * adds nothing.
 */
public final class SiteContribution {
  private SiteContribution() {}

  /**
   * @param profiles the signed contracts' profiles by id (null when not signed yet): they decide
   *     who controls GPUs delivered under them
   */
  public static Contribution of(SiteSnapshot site, Function<String, ContractProfile> profiles) {
    if (site == null) {
      return Contribution.NONE;
    }
    SiteProfile profile = site.profile();
    List<String> geo = regionsOf(profile);
    List<String> regions = new ArrayList<>(geo);
    Programs.code(profile.program()).ifPresent(regions::add);
    var contribution = Contribution.builder().add(regions, site.status().metric(), BigDecimal.ONE);
    if (site.ended()) {
      return contribution.build();
    }
    Programs.code(profile.program())
        .ifPresent(p -> contribution.add(p, Metric.sitesIn(profile.country()), BigDecimal.ONE));
    BigDecimal planned = site.plannedMw();
    contribution.add(regions, Metric.PLANNED_MW, planned);
    contribution.add(regions, Metric.ENERGIZED_MW, site.energizedMw());
    if (site.status() == SiteStatus.UNDER_CONSTRUCTION) {
      contribution.add(regions, Metric.UNDER_CONSTRUCTION_MW, planned);
    }
    Map<String, Long> byModel = new TreeMap<>();
    Map<List<String>, Long> byModelAndController = new TreeMap<>(SiteContribution::compare);
    for (GpuHolding holding : site.holdings()) {
      byModel.merge(holding.gpuModel(), holding.count(), Long::sum);
      String controller = controller(holding, profiles, profile);
      byModelAndController.merge(
          List.of(holding.gpuModel(), controller), holding.count(), Long::sum);
    }
    byModel.forEach((model, count) -> addGpus(contribution, regions, model, count));
    byModelAndController.forEach(
        (key, count) ->
            GpuCatalog.find(key.get(0))
                .ifPresent(
                    model ->
                        addSovereignty(
                            contribution, geo, profile.country(), model, key.get(1), count)));
    return contribution.build();
  }

  /** The site's figures on each business date they change on. */
  public static DatedContribution dated(
      SiteState site, Function<String, ContractProfile> profiles) {
    Map<LocalDate, Contribution> byDate = new TreeMap<>();
    for (LocalDate day : site.dates()) {
      byDate.put(day, of(site.asOf(day), profiles));
    }
    return new DatedContribution(byDate);
  }

  /** The codes of the regions a site counts in, its country first, the world last. */
  static List<String> regionsOf(SiteProfile profile) {
    List<String> regions = new ArrayList<>(3);
    regions.add(profile.country());
    if (profile.subdivision() != null) {
      regions.add(profile.subdivision());
    }
    regions.add(Level.WORLD_CODE);
    return regions;
  }

  /**
   * Who controls GPUs, first match: the delivery's stated owner; the contract's party by its kind;
   * the site's owner.
   */
  static String controller(
      GpuHolding holding, Function<String, ContractProfile> profiles, SiteProfile site) {
    if (holding.ownerCountry() != null) {
      return holding.ownerCountry();
    }
    return Optional.ofNullable(profiles.apply(holding.contractId()))
        .flatMap(ContractProfile::controllerCountry)
        .orElse(site.owner().country());
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

  private static void addSovereignty(
      Contribution.Builder contribution,
      List<String> geo,
      String host,
      GpuModel model,
      String controller,
      long count) {
    BigDecimal h100e = GpuCompute.of(model, count).h100e();
    contribution.add(geo, Metric.hostedByController(controller), h100e);
    contribution.add(geo, Metric.hostedByVendor(model.vendorCountry()), h100e);
    contribution.add(controller, Metric.CONTROLLED_H100E, h100e);
    contribution.add(controller, Metric.controlledByHost(host), h100e);
    contribution.add(Level.WORLD_CODE, Metric.controlledByHost(host), h100e);
  }

  private static int compare(List<String> a, List<String> b) {
    int byModel = a.get(0).compareTo(b.get(0));
    return byModel != 0 ? byModel : a.get(1).compareTo(b.get(1));
  }
}
