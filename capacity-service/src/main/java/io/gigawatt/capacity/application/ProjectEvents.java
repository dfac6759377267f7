package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.ContractContribution;
import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.Contribution;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteContribution;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.messaging.RecordedEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The use case "project a batch of events": folds each new event into its site or contract,
 * recomputes the contribution of every site and contract the batch changed (also contracts whose
 * covered sites changed weight), and moves each region's totals by the difference. Duplicates
 * change nothing. The result does not depend on the order of the events, within or across batches.
 */
public final class ProjectEvents {
  private final ViewStore store;
  private final Map<String, SiteState> sites = new HashMap<>();
  private final Map<String, Tracked<ContractState>> contracts = new HashMap<>();
  private final Map<String, SiteState> sitesBefore = new HashMap<>();
  private final Set<String> changedContracts = new HashSet<>();
  private final Map<String, Set<String>> coverage = new HashMap<>();

  private ProjectEvents(ViewStore store) {
    this.store = store;
  }

  /** Applies the events in the store's transaction; returns what changed. */
  public static Projected apply(List<RecordedEvent> events, ViewStore store) {
    return new ProjectEvents(store).project(events);
  }

  private Projected project(List<RecordedEvent> events) {
    List<RecordedEvent> fresh = store.recordNew(events);
    load(fresh);
    fresh.forEach(this::fold);
    store.cover(coverage);
    Set<String> reweighted = reweightedSites();
    loadMore(store.contractsCovering(reweighted));
    Map<String, Map<String, BigDecimal>> deltas = new TreeMap<>();
    List<SiteState> changedSites = recomputeSites(deltas);
    List<Tracked<ContractState>> recomputed = recomputeContracts(deltas);
    store.saveSites(changedSites);
    store.saveContracts(recomputed);
    return new Projected(fresh, events.size() - fresh.size(), moveRegions(deltas));
  }

  private void load(List<RecordedEvent> fresh) {
    Set<String> siteIds = new HashSet<>();
    Set<String> contractIds = new HashSet<>();
    for (RecordedEvent recorded : fresh) {
      if (recorded.event() instanceof SiteEvent e) {
        siteIds.add(e.siteId());
      } else if (recorded.event() instanceof GpusDelivered e) {
        siteIds.add(e.siteId());
      } else if (recorded.event() instanceof ContractEvent e) {
        contractIds.add(e.contractId());
      }
    }
    sites.putAll(store.sites(siteIds));
    siteIds.forEach(id -> sites.computeIfAbsent(id, SiteState::unknown));
    sitesBefore.putAll(sites);
    loadMore(contractIds);
  }

  private void loadMore(Set<String> contractIds) {
    Set<String> missing = new HashSet<>(contractIds);
    missing.removeAll(contracts.keySet());
    store.contracts(missing).forEach(contracts::put);
    missing.forEach(id -> contracts.computeIfAbsent(id, ProjectEvents::unknownContract));
  }

  private void fold(RecordedEvent recorded) {
    long sequence = recorded.sequence();
    if (recorded.event() instanceof SiteEvent e) {
      updateSite(e.siteId(), site -> site.evolve(e, sequence));
    } else if (recorded.event() instanceof GpusDelivered e) {
      updateSite(e.siteId(), site -> site.withDelivery(e.contractId(), e.gpuModel(), e.count()));
    } else if (recorded.event() instanceof ContractEvent e) {
      var contract = contracts.get(e.contractId());
      contracts.put(
          e.contractId(),
          new Tracked<>(contract.state().evolve(e, sequence), contract.contribution()));
      changedContracts.add(e.contractId());
      coveredSites(e)
          .ifPresent(
              ids -> coverage.computeIfAbsent(e.contractId(), c -> new HashSet<>()).addAll(ids));
    }
  }

  private void updateSite(String siteId, UnaryOperator<SiteState> change) {
    sites.put(siteId, change.apply(sites.get(siteId)));
  }

  private static Optional<List<String>> coveredSites(ContractEvent event) {
    if (event instanceof ContractSigned e && !e.siteIds().isEmpty()) {
      return Optional.of(e.siteIds());
    }
    if (event instanceof ContractAmended e && e.siteIds() != null && !e.siteIds().isEmpty()) {
      return Optional.of(e.siteIds());
    }
    return Optional.empty();
  }

  /** Sites whose changes move the split of the contracts that cover them. */
  private Set<String> reweightedSites() {
    Set<String> reweighted = new HashSet<>();
    sites.forEach(
        (id, site) -> {
          if (!Weight.of(sitesBefore.get(id)).equals(Weight.of(site))) {
            reweighted.add(id);
          }
        });
    return reweighted;
  }

  private List<SiteState> recomputeSites(Map<String, Map<String, BigDecimal>> deltas) {
    List<SiteState> changed = new ArrayList<>();
    sites.forEach(
        (id, site) -> {
          SiteState before = sitesBefore.get(id);
          if (!site.equals(before)) {
            add(deltas, SiteContribution.of(site).minus(SiteContribution.of(before)));
            changed.add(site);
          }
        });
    return changed;
  }

  private List<Tracked<ContractState>> recomputeContracts(
      Map<String, Map<String, BigDecimal>> deltas) {
    Set<String> covered = new HashSet<>();
    contracts.values().forEach(c -> covered.addAll(c.state().currentSiteIds()));
    covered.removeAll(sites.keySet());
    Map<String, SiteState> siteStates = new HashMap<>(store.sites(covered));
    siteStates.putAll(sites);
    List<Tracked<ContractState>> recomputed = new ArrayList<>();
    contracts.forEach(
        (id, contract) -> {
          Contribution now = ContractContribution.of(contract.state(), siteStates);
          if (!now.equals(contract.contribution()) || changedContracts.contains(id)) {
            add(deltas, now.minus(contract.contribution()));
            recomputed.add(new Tracked<>(contract.state(), now));
          }
        });
    return recomputed;
  }

  private List<RegionTotals> moveRegions(Map<String, Map<String, BigDecimal>> deltas) {
    deltas.values().forEach(metrics -> metrics.values().removeIf(a -> a.signum() == 0));
    deltas.values().removeIf(Map::isEmpty);
    Map<String, RegionTotals> current = store.regions(deltas.keySet());
    List<RegionTotals> moved = new ArrayList<>();
    deltas.forEach(
        (code, delta) ->
            moved.add(current.getOrDefault(code, RegionTotals.empty(code)).plus(delta)));
    store.saveRegions(moved);
    return moved;
  }

  private static void add(Map<String, Map<String, BigDecimal>> deltas, Contribution delta) {
    delta
        .byRegion()
        .forEach(
            (region, metrics) ->
                metrics.forEach(
                    (metric, amount) ->
                        deltas
                            .computeIfAbsent(region, r -> new TreeMap<>())
                            .merge(metric, amount, BigDecimal::add)));
  }

  private static Tracked<ContractState> unknownContract(String contractId) {
    return new Tracked<>(ContractState.unknown(contractId), Contribution.NONE);
  }

  /** What of a site the split of a contract depends on. */
  private record Weight(boolean announced, String country, String subdivision, BigDecimal mw) {
    static Weight of(SiteState site) {
      if (site == null || !site.announced()) {
        return new Weight(false, null, null, null);
      }
      return new Weight(
          true,
          site.profile().country(),
          site.profile().subdivision(),
          site.currentPlannedMw().stripTrailingZeros());
    }
  }
}
