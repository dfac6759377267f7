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

  /**
   * The home country of the party that controls the GPUs delivered under the contract, by its kind:
   * GPU_SUPPLY → the BUYER, LEASE_TO_OWN → the LESSEE, CLOUD_CAPACITY → the PROVIDER; empty for
   * other kinds, or when the contract names no such party.
   */
  Optional<String> controllerCountry() {
    PartyRole controller =
        switch (kind) {
          case GPU_SUPPLY -> PartyRole.BUYER;
          case LEASE_TO_OWN -> PartyRole.LESSEE;
          case CLOUD_CAPACITY -> PartyRole.PROVIDER;
          default -> null;
        };
    return parties.stream().filter(p -> p.role() == controller).findFirst().map(Party::country);
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
