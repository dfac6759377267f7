package io.gigawatt.capacity.domain;

import io.gigawatt.events.PartyRole;
import java.util.List;
import java.util.Optional;

/** What the projection knows of a contract: its figures, the sites it covers, its parties. */
public record ContractFact(
    String contractId,
    long valueUsd,
    double committedMw,
    List<String> siteIds,
    List<PartyFact> parties) {

  public ContractFact {
    siteIds = List.copyOf(siteIds);
    parties = List.copyOf(parties);
  }

  /** The BUYER's home country, or the first party's when no party is the buyer. */
  public Optional<String> buyerCountry() {
    return parties.stream()
        .filter(p -> p.role() == PartyRole.BUYER)
        .findFirst()
        .or(() -> parties.stream().findFirst())
        .map(PartyFact::country);
  }
}
