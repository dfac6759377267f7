package io.gigawatt.capacity.domain;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives region figures from the stored facts. Being a function of the facts alone, the result
 * does not depend on the order in which the events that produced them arrived.
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
    Map<String, SiteFact> sites =
        facts.sites().stream()
            .collect(Collectors.toMap(SiteFact::siteId, Function.identity(), (a, b) -> b));
    Map<String, Tally> regions = new TreeMap<>();
    Tally world = new Tally();
    for (SiteFact site : sites.values()) {
      regions.computeIfAbsent(site.country(), c -> new Tally()).addSite(site);
      world.addSite(site);
    }
    for (DeliveryFact delivery : facts.deliveries()) {
      SiteFact site = sites.get(delivery.siteId());
      if (site != null) {
        regions.get(site.country()).addGpus(delivery.gpuModel(), delivery.count());
        world.addGpus(delivery.gpuModel(), delivery.count());
      }
    }
    for (ContractFact contract : facts.contracts()) {
      addContract(contract, ContractSplit.weights(contract, sites), regions, world);
    }
    var list =
        regions.entrySet().stream()
            .map(e -> e.getValue().region(e.getKey(), world))
            .sorted(ORDER)
            .toList();
    return new Capacity(list, world.figures());
  }

  private static void addContract(
      ContractFact contract, Map<String, Double> weights, Map<String, Tally> regions, Tally world) {
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
