package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractAmended;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a contract, folded from its events; null before it is signed. {@code gpusBySite}
 * counts the GPUs delivered to each site; {@code movements} every delivery and retirement, dated.
 */
public record Contract(
    String contractId,
    ContractStatus status,
    ContractTerms terms,
    Map<String, Long> gpusBySite,
    Set<String> deliveryIds,
    LocalDate terminatedOn,
    List<GpuMovement> movements) {

  public Contract {
    movements = movements == null ? List.of() : List.copyOf(movements);
  }

  static Contract signed(String contractId, ContractTerms terms) {
    return new Contract(
        contractId, ContractStatus.ACTIVE, terms, Map.of(), Set.of(), null, List.of());
  }

  /** GPUs retired so far, of any model at any site. */
  public long gpusRetired() {
    return -movements.stream().mapToLong(GpuMovement::count).filter(c -> c < 0).sum();
  }

  /** The GPUs at each site, retired ones deducted. */
  public Map<String, Long> gpusInServiceBySite() {
    var bySite = new LinkedHashMap<String, Long>();
    movements.forEach(m -> bySite.merge(m.siteId(), m.count(), Long::sum));
    return Collections.unmodifiableMap(bySite);
  }

  public long gpusDelivered() {
    return gpusBySite.values().stream().mapToLong(Long::longValue).sum();
  }

  public boolean isTerminated() {
    return status == ContractStatus.TERMINATED;
  }

  Contract withDelivery(String deliveryId, GpuMovement delivery) {
    var ids = new HashSet<>(deliveryIds);
    ids.add(deliveryId);
    var bySite = new LinkedHashMap<>(gpusBySite);
    bySite.merge(delivery.siteId(), delivery.count(), Long::sum);
    return new Contract(
        contractId,
        status,
        terms,
        Collections.unmodifiableMap(bySite),
        Set.copyOf(ids),
        terminatedOn,
        moved(delivery));
  }

  Contract withRetirement(GpuMovement retirement) {
    return new Contract(
        contractId, status, terms, gpusBySite, deliveryIds, terminatedOn, moved(retirement));
  }

  private List<GpuMovement> moved(GpuMovement movement) {
    var all = new ArrayList<>(movements);
    all.add(movement);
    return all;
  }

  Contract amended(ContractAmended amendment) {
    return new Contract(
        contractId,
        status,
        terms.amendedBy(amendment),
        gpusBySite,
        deliveryIds,
        terminatedOn,
        movements);
  }

  Contract terminated(LocalDate on) {
    return new Contract(
        contractId, ContractStatus.TERMINATED, terms, gpusBySite, deliveryIds, on, movements);
  }
}
