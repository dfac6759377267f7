package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractAmended;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The state of a contract, folded from its events; null before it is signed. */
public record Contract(
    String contractId,
    ContractStatus status,
    ContractTerms terms,
    Map<String, Long> gpusBySite,
    Set<String> deliveryIds,
    LocalDate terminatedOn) {

  static Contract signed(String contractId, ContractTerms terms) {
    return new Contract(contractId, ContractStatus.ACTIVE, terms, Map.of(), Set.of(), null);
  }

  public long gpusDelivered() {
    return gpusBySite.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isTerminated() {
    return status == ContractStatus.TERMINATED;
  }

  Contract withDelivery(String deliveryId, String siteId, long count) {
    var ids = new HashSet<>(deliveryIds);
    ids.add(deliveryId);
    var bySite = new LinkedHashMap<>(gpusBySite);
    bySite.merge(siteId, count, Long::sum);
    return new Contract(
        contractId,
        status,
        terms,
        Collections.unmodifiableMap(bySite),
        Set.copyOf(ids),
        terminatedOn);
  }

  Contract amended(ContractAmended amendment) {
    return new Contract(
        contractId, status, terms.amendedBy(amendment), gpusBySite, deliveryIds, terminatedOn);
  }

  Contract terminated(LocalDate on) {
    return new Contract(contractId, ContractStatus.TERMINATED, terms, gpusBySite, deliveryIds, on);
  }
}
