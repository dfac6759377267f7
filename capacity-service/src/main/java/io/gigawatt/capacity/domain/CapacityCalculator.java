package io.gigawatt.capacity.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives region figures from the stored facts. Being a function of the facts alone (each site and
 * contract folded by aggregate sequence, everything summed in a fixed order), the result does not
 * depend on the order in which the events that produced them arrived.
 */
public final class CapacityCalculator {
  public static final String LEVEL = "country";

  /** Most H100-equivalents first, then most planned MW, then by code. */
  static final Comparator<RegionCapacity> ORDER =
      Comparator.comparing((RegionCapacity r) -> r.gpus().h100e(), Comparator.reverseOrder())
          .thenComparing(r -> r.powerMw().planned(), Comparator.reverseOrder())
          .thenComparing(RegionCapacity::code);

  private CapacityCalculator() {}

  public static Capacity calculate(Facts facts) {
    Map<String, Site> sites = SiteFold.sites(facts.sites(), facts.siteEvents());
    Map<String, Tally> regions = new TreeMap<>();
    Tally world = new Tally();
    for (Site site : sites.values()) {
      regions.computeIfAbsent(site.country(), c -> new Tally()).addSite(site);
      world.addSite(site);
    }
    facts.deliveries().stream()
        .sorted(Comparator.comparing(DeliveryFact::deliveryId))
        .forEach(delivery -> addGpus(delivery, sites.get(delivery.siteId()), regions, world));
    for (Contract contract :
        ContractFold.contracts(facts.contracts(), facts.contractEvents()).values()) {
      if (!contract.terminated()) {
        addContract(contract, ContractSplit.weights(contract, sites), regions, world);
      }
    }
    var list =
        regions.entrySet().stream()
            .map(e -> e.getValue().region(e.getKey(), world))
            .sorted(ORDER)
            .toList();
    return new Capacity(list, world.figures());
  }

  /** GPUs count where they are hosted: not at a site not known yet, nor at a cancelled one. */
  private static void addGpus(
      DeliveryFact delivery, Site site, Map<String, Tally> regions, Tally world) {
    if (site != null && !site.cancelled()) {
      regions.get(site.country()).addGpus(delivery.gpuModel(), delivery.count());
      world.addGpus(delivery.gpuModel(), delivery.count());
    }
  }

  private static void addContract(
      Contract contract, Map<String, Double> weights, Map<String, Tally> regions, Tally world) {
    if (weights.isEmpty()) {
      return;
    }
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Long> values = Apportionment.split(contract.valueUsd(), weights);
    weights.forEach(
        (country, weight) ->
            regions
                .computeIfAbsent(country, c -> new Tally())
                .addContract(values.get(country), contract.committedMw() * weight / total));
    world.addContract(contract.valueUsd(), contract.committedMw());
  }
}
