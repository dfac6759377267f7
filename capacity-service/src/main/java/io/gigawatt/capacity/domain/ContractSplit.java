package io.gigawatt.capacity.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The regions a contract counts in, each weighted by the current planned MW of its covered sites
 * there. A cancelled site keeps its weight while the contract still names it.
 */
final class ContractSplit {
  private ContractSplit() {}

  /**
   * Country → weight. A contract without sites counts whole in its buyer's home country; one whose
   * covered sites are all unknown yet counts nowhere.
   */
  static Map<String, Double> weights(Contract contract, Map<String, Site> sites) {
    Map<String, Double> weights = new TreeMap<>();
    if (contract.siteIds().isEmpty()) {
      contract.buyerCountry().ifPresent(country -> weights.put(country, 1.0));
      return weights;
    }
    var known =
        contract.siteIds().stream().distinct().map(sites::get).filter(Objects::nonNull).toList();
    boolean byCapacity = known.stream().anyMatch(site -> site.plannedMw() > 0);
    for (Site site : known) {
      weights.merge(site.country(), byCapacity ? site.plannedMw() : 1.0, Double::sum);
    }
    return weights;
  }
}
