package io.gigawatt.capacity.domain;

import java.util.List;

/**
 * Everything the projection knows, as stored: what announcements, signings and deliveries state,
 * and each lifecycle event under its aggregate sequence. Figures are derived from it on demand.
 */
public record Facts(
    List<SiteFact> sites,
    List<SiteEventFact> siteEvents,
    List<ContractFact> contracts,
    List<ContractEventFact> contractEvents,
    List<DeliveryFact> deliveries) {

  public Facts {
    sites = List.copyOf(sites);
    siteEvents = List.copyOf(siteEvents);
    contracts = List.copyOf(contracts);
    contractEvents = List.copyOf(contractEvents);
    deliveries = List.copyOf(deliveries);
  }
}
