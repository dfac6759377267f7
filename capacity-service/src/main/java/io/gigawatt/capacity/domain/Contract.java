package io.gigawatt.capacity.domain;

import io.gigawatt.events.PartyRole;
import java.util.List;
import java.util.Optional;

/** A contract as its signing and lifecycle events make it: its status and its current terms. */
public record Contract(
    String contractId, ContractStatus status, ContractTerms terms, List<PartyFact> parties) {

  public Contract {
    parties = List.copyOf(parties);
  }

  public boolean terminated() {
    return status == ContractStatus.TERMINATED;
  }

  public long valueUsd() {
    return terms.valueUsd() == null ? 0 : terms.valueUsd();
  }

  public double committedMw() {
    return terms.committedMw() == null ? 0 : terms.committedMw();
  }

  public List<String> siteIds() {
    return terms.siteIds() == null ? List.of() : terms.siteIds();
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
