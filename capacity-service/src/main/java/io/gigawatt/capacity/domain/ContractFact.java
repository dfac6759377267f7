package io.gigawatt.capacity.domain;

import java.util.List;

/**
 * What a contract's signing states: its terms and its parties.
 *
 * @param sequence the signing's aggregate sequence, against which amendments are ordered
 */
public record ContractFact(
    String contractId, long sequence, ContractTerms terms, List<PartyFact> parties) {

  public ContractFact {
    parties = List.copyOf(parties);
  }
}
