package io.gigawatt.contract.domain;

import java.util.HashSet;
import java.util.Set;

/** The state of a contract, folded from its events; null before it is signed. */
public record Contract(
    String contractId, ContractTerms terms, long gpusDelivered, Set<String> deliveryIds) {

  Contract withDelivery(String deliveryId, long count) {
    var ids = new HashSet<>(deliveryIds);
    ids.add(deliveryId);
    return new Contract(contractId, terms, gpusDelivered + count, Set.copyOf(ids));
  }
}
