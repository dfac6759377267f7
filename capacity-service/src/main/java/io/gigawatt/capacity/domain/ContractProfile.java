package io.gigawatt.capacity.domain;

import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a contract's signing states and no amendment changes. */
public record ContractProfile(
    ContractKind kind, String title, String program, List<Party> parties, LocalDate signedOn) {

  public ContractProfile {
    parties = List.copyOf(parties);
  }

  static ContractProfile of(ContractSigned e) {
    return new ContractProfile(e.kind(), e.title(), e.program(), e.parties(), e.occurredOn());
  }

  /** The BUYER's home country, or the first party's when no party is the buyer. */
  Optional<String> buyerCountry() {
    return parties.stream()
        .filter(p -> p.role() == PartyRole.BUYER)
        .findFirst()
        .or(() -> parties.stream().findFirst())
        .map(Party::country);
  }
}
