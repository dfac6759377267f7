package io.gigawatt.capacity.domain;

import java.util.List;

/** Everything the projection knows, as stored; figures are derived from it on demand. */
public record Facts(
    List<SiteFact> sites, List<ContractFact> contracts, List<DeliveryFact> deliveries) {

  public Facts {
    sites = List.copyOf(sites);
    contracts = List.copyOf(contracts);
    deliveries = List.copyOf(deliveries);
  }
}
