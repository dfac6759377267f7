package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.support.messaging.RecordedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link ViewStore} port held in maps, for the pure tests of the projection's rules. The
 * service's tests run the same use case against PostgreSQL.
 */
final class InMemoryViewStore implements ViewStore {
  private final Set<String> facts = new HashSet<>();
  private final Map<String, SiteState> sites = new HashMap<>();
  private final Map<String, ContractState> contracts = new HashMap<>();
  private final Map<String, Set<String>> coverage = new HashMap<>();
  final Map<String, RegionTotals> regions = new TreeMap<>();
  final List<DatedDelta> history = new ArrayList<>();
  final Map<String, String> programNames = new HashMap<>();

  @Override
  public List<RecordedEvent> recordNew(List<RecordedEvent> events) {
    return events.stream()
        .filter(e -> facts.add(e.event().aggregateId() + "#" + e.sequence()))
        .toList();
  }

  @Override
  public Map<String, SiteState> sites(Collection<String> siteIds) {
    return pick(sites, siteIds);
  }

  @Override
  public Map<String, ContractState> contracts(Collection<String> contractIds) {
    return pick(contracts, contractIds);
  }

  @Override
  public Set<String> contractsCovering(Collection<String> siteIds) {
    Set<String> covering = new HashSet<>();
    coverage.forEach(
        (contract, covered) -> {
          if (covered.stream().anyMatch(siteIds::contains)) {
            covering.add(contract);
          }
        });
    return covering;
  }

  @Override
  public Set<String> sitesCoveredBy(Collection<String> contractIds) {
    Set<String> covered = new HashSet<>();
    contractIds.forEach(id -> covered.addAll(coverage.getOrDefault(id, Set.of())));
    return covered;
  }

  @Override
  public void cover(Map<String, Set<String>> sitesByContract) {
    sitesByContract.forEach(
        (contract, siteIds) ->
            coverage.computeIfAbsent(contract, k -> new HashSet<>()).addAll(siteIds));
  }

  @Override
  public void saveSites(Collection<SiteState> changed) {
    changed.forEach(site -> sites.put(site.siteId(), site));
  }

  @Override
  public void saveContracts(Collection<ContractState> changed) {
    changed.forEach(contract -> contracts.put(contract.contractId(), contract));
  }

  @Override
  public Map<String, RegionTotals> regions(Collection<String> codes) {
    return pick(regions, codes);
  }

  @Override
  public void saveRegions(Collection<RegionTotals> changed) {
    changed.forEach(region -> regions.put(region.code(), region));
  }

  @Override
  public void addDated(Collection<DatedDelta> deltas) {
    history.addAll(deltas);
  }

  @Override
  public void namePrograms(Map<String, String> names) {
    names.forEach(programNames::putIfAbsent);
  }

  /** The totals of a region summed from its history, as of a date and known at a time. */
  RegionTotals dated(String code, LocalDate asOf, OffsetDateTime knownAt) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (DatedDelta delta : history) {
      if (delta.region().equals(code)
          && (asOf == null || !delta.on().isAfter(asOf))
          && (knownAt == null || !delta.knownAt().isAfter(knownAt))) {
        sums.merge(delta.metric(), delta.amount(), BigDecimal::add);
      }
    }
    return RegionTotals.empty(code).plus(sums);
  }

  private static <T> Map<String, T> pick(Map<String, T> from, Collection<String> ids) {
    Map<String, T> picked = new HashMap<>();
    ids.forEach(
        id -> {
          if (from.containsKey(id)) {
            picked.put(id, from.get(id));
          }
        });
    return picked;
  }
}
