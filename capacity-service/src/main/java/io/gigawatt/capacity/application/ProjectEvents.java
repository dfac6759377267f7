package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.ContractContribution;
import io.gigawatt.capacity.domain.ContractProfile;
import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.Contribution;
import io.gigawatt.capacity.domain.DatedContribution;
import io.gigawatt.capacity.domain.GpuHolding;
import io.gigawatt.capacity.domain.GpuRetirement;
import io.gigawatt.capacity.domain.Programs;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteContribution;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.GpusRetired;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.messaging.RecordedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The use case "project a batch of events": folds each new event into its site or contract, then
 * recomputes what every affected site and contract contributes, on every business date, and moves
 * the regions' totals and their dated history by the difference. Affected: the changed ones, the
 * contracts whose covered sites changed weight, and the sites holding GPUs of a contract signed now
 * (it decides who controls them). Duplicates change nothing; the result does not depend on the
 * order of the events, within or across batches.
 */
public final class ProjectEvents {
  private final ViewStore store;
  private final Map<String, SiteState> sites = new HashMap<>();
  private final Map<String, SiteState> sitesBefore = new HashMap<>();
  private final Map<String, ContractState> contracts = new HashMap<>();
  private final Map<String, ContractState> contractsBefore = new HashMap<>();
  private final Map<String, OffsetDateTime> recordedAt = new HashMap<>();
  private final Map<String, Set<String>> coverage = new HashMap<>();
  private final Map<String, Map<String, BigDecimal>> deltas = new TreeMap<>();
  private final Map<List<Object>, BigDecimal> dated = new HashMap<>();
  private OffsetDateTime batchRecordedAt;

  private ProjectEvents(ViewStore store) {
    this.store = store;
  }

  /** Applies the events in the store's transaction; returns what changed. */
  public static Projected apply(List<RecordedEvent> events, ViewStore store) {
    return new ProjectEvents(store).project(events);
  }

  private Projected project(List<RecordedEvent> events) {
    List<RecordedEvent> fresh = store.recordNew(events);
    batchRecordedAt =
        second(
            fresh.stream()
                .map(RecordedEvent::recordedAt)
                .filter(Objects::nonNull)
                .max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.now(ZoneOffset.UTC)));
    load(fresh);
    fresh.forEach(this::fold);
    store.cover(coverage);
    Set<String> changedSites = changed(sites, sitesBefore);
    Set<String> changedContracts = changed(contracts, contractsBefore);
    Set<String> contractsToCount = new HashSet<>(changedContracts);
    contractsToCount.addAll(store.contractsCovering(reweighted(changedSites)));
    Set<String> sitesToCount = new HashSet<>(changedSites);
    sitesToCount.addAll(store.sitesCoveredBy(newlySigned(changedContracts)));
    loadSites(sitesToCount);
    loadContracts(contractsToCount);
    loadContracts(contractsHolding(sitesToCount));
    loadSites(coveredBy(contractsToCount));
    sitesToCount.forEach(this::countSite);
    contractsToCount.forEach(this::countContract);
    store.saveSites(changedSites.stream().map(sites::get).toList());
    store.saveContracts(changedContracts.stream().map(contracts::get).toList());
    store.namePrograms(programNames(changedSites, changedContracts));
    store.addDated(datedDeltas());
    return new Projected(fresh, events.size() - fresh.size(), moveRegions());
  }

  private void load(List<RecordedEvent> fresh) {
    Set<String> siteIds = new HashSet<>();
    Set<String> contractIds = new HashSet<>();
    for (RecordedEvent recorded : fresh) {
      if (recorded.event() instanceof SiteEvent e) {
        siteIds.add(e.siteId());
      } else if (recorded.event() instanceof GpusDelivered e) {
        siteIds.add(e.siteId());
      } else if (recorded.event() instanceof GpusRetired e) {
        siteIds.add(e.siteId());
      } else if (recorded.event() instanceof ContractEvent e) {
        contractIds.add(e.contractId());
      }
    }
    loadSites(siteIds);
    loadContracts(contractIds);
  }

  private void fold(RecordedEvent recorded) {
    long sequence = recorded.sequence();
    OffsetDateTime at =
        recorded.recordedAt() == null ? batchRecordedAt : second(recorded.recordedAt());
    if (recorded.event() instanceof SiteEvent e) {
      updateSite(e.siteId(), at, site -> site.evolve(e, sequence));
    } else if (recorded.event() instanceof GpusDelivered e) {
      String owner = e.owner() == null ? null : e.owner().country();
      var holding = new GpuHolding(e.occurredOn(), e.contractId(), e.gpuModel(), owner, e.count());
      updateSite(e.siteId(), at, site -> site.withDelivery(holding));
      coverage.computeIfAbsent(e.contractId(), c -> new HashSet<>()).add(e.siteId());
    } else if (recorded.event() instanceof GpusRetired e) {
      var retired = new GpuRetirement(e.occurredOn(), e.contractId(), e.gpuModel(), e.count());
      updateSite(e.siteId(), at, site -> site.withRetirement(retired));
      coverage.computeIfAbsent(e.contractId(), c -> new HashSet<>()).add(e.siteId());
    } else if (recorded.event() instanceof ContractEvent e) {
      contracts.put(e.contractId(), contracts.get(e.contractId()).evolve(e, sequence));
      recordedAt.merge(e.contractId(), at, ProjectEvents::later);
      List<String> named =
          e instanceof ContractSigned s
              ? s.siteIds()
              : e instanceof ContractAmended a ? a.siteIds() : null;
      if (named != null && !named.isEmpty()) {
        coverage.computeIfAbsent(e.contractId(), c -> new HashSet<>()).addAll(named);
      }
    }
  }

  private void updateSite(String siteId, OffsetDateTime at, UnaryOperator<SiteState> change) {
    sites.put(siteId, change.apply(sites.get(siteId)));
    recordedAt.merge(siteId, at, ProjectEvents::later);
  }

  private void countSite(String siteId) {
    SiteState before = sitesBefore.get(siteId);
    SiteState after = sites.get(siteId);
    add(
        siteId,
        SiteContribution.dated(before, profiles(contractsBefore)),
        SiteContribution.dated(after, profiles(contracts)));
  }

  private void countContract(String contractId) {
    ContractState after = contracts.get(contractId);
    Map<String, SiteState> coveredBefore = new HashMap<>();
    Map<String, SiteState> coveredAfter = new HashMap<>();
    for (String siteId : union(after.allSiteIds(), contractsBefore.get(contractId).allSiteIds())) {
      coveredBefore.put(siteId, sitesBefore.get(siteId));
      coveredAfter.put(siteId, sites.get(siteId));
    }
    add(
        contractId,
        ContractContribution.dated(contractsBefore.get(contractId), coveredBefore),
        ContractContribution.dated(after, coveredAfter));
  }

  /** Adds what changes when {@code after} replaces {@code before} to the totals and the history. */
  private void add(String entity, DatedContribution before, DatedContribution after) {
    addTo(deltas, after.current().minus(before.current()));
    OffsetDateTime known = recordedAt.getOrDefault(entity, batchRecordedAt);
    after
        .stepsReplacing(before)
        .forEach(
            (day, change) ->
                change
                    .byRegion()
                    .forEach(
                        (region, metrics) ->
                            metrics.forEach(
                                (metric, amount) ->
                                    dated.merge(
                                        List.of(region, metric, day, known),
                                        amount,
                                        BigDecimal::add))));
  }

  private List<DatedDelta> datedDeltas() {
    List<DatedDelta> rows = new ArrayList<>();
    dated.forEach(
        (key, amount) -> {
          if (amount.signum() != 0) {
            rows.add(
                new DatedDelta(
                    (String) key.get(0),
                    (String) key.get(1),
                    (LocalDate) key.get(2),
                    (OffsetDateTime) key.get(3),
                    amount));
          }
        });
    return rows;
  }

  private List<RegionTotals> moveRegions() {
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

  /** Sites whose changes move the split of the contracts that cover them. */
  private Set<String> reweighted(Set<String> changedSites) {
    Set<String> reweighted = new HashSet<>();
    for (String id : changedSites) {
      SiteState before = sitesBefore.get(id);
      SiteState after = sites.get(id);
      if (!Objects.equals(before.profile(), after.profile())
          || !before.planned().equals(after.planned())) {
        reweighted.add(id);
      }
    }
    return reweighted;
  }

  private Set<String> newlySigned(Set<String> changedContracts) {
    Set<String> signed = new HashSet<>();
    changedContracts.forEach(
        id -> {
          if (!contractsBefore.get(id).signed() && contracts.get(id).signed()) {
            signed.add(id);
          }
        });
    return signed;
  }

  private Set<String> contractsHolding(Set<String> siteIds) {
    Set<String> held = new HashSet<>();
    for (String id : siteIds) {
      sites.get(id).holdings().forEach(h -> held.add(h.contractId()));
      sitesBefore.get(id).holdings().forEach(h -> held.add(h.contractId()));
    }
    return held;
  }

  private Set<String> coveredBy(Set<String> contractIds) {
    Set<String> covered = new HashSet<>();
    contractIds.forEach(
        id -> {
          covered.addAll(contracts.get(id).allSiteIds());
          covered.addAll(contractsBefore.get(id).allSiteIds());
        });
    return covered;
  }

  private void loadSites(Set<String> ids) {
    Set<String> missing = new HashSet<>(ids);
    missing.removeAll(sites.keySet());
    Map<String, SiteState> found = store.sites(missing);
    for (String id : missing) {
      SiteState site = found.getOrDefault(id, SiteState.unknown(id));
      sites.put(id, site);
      sitesBefore.put(id, site);
    }
  }

  private void loadContracts(Set<String> ids) {
    Set<String> missing = new HashSet<>(ids);
    missing.removeAll(contracts.keySet());
    Map<String, ContractState> found = store.contracts(missing);
    for (String id : missing) {
      ContractState contract = found.getOrDefault(id, ContractState.unknown(id));
      contracts.put(id, contract);
      contractsBefore.put(id, contract);
    }
  }

  private Map<String, String> programNames(Set<String> siteIds, Set<String> contractIds) {
    Map<String, String> names = new HashMap<>();
    siteIds.forEach(
        id ->
            name(
                names, sites.get(id).profile() == null ? null : sites.get(id).profile().program()));
    contractIds.forEach(
        id ->
            name(
                names,
                contracts.get(id).profile() == null
                    ? null
                    : contracts.get(id).profile().program()));
    return names;
  }

  private static void name(Map<String, String> names, String program) {
    Programs.code(program).ifPresent(code -> names.putIfAbsent(code, program.trim()));
  }

  private static Function<String, ContractProfile> profiles(Map<String, ContractState> states) {
    return id -> {
      ContractState state = states.get(id);
      return state == null ? null : state.profile();
    };
  }

  private static <T> Set<String> changed(Map<String, T> now, Map<String, T> before) {
    Set<String> changed = new HashSet<>();
    now.forEach(
        (id, state) -> {
          if (!state.equals(before.get(id))) {
            changed.add(id);
          }
        });
    return changed;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static void addTo(Map<String, Map<String, BigDecimal>> sums, Contribution change) {
    change
        .byRegion()
        .forEach(
            (region, metrics) ->
                metrics.forEach(
                    (metric, amount) ->
                        sums.computeIfAbsent(region, r -> new TreeMap<>())
                            .merge(metric, amount, BigDecimal::add)));
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  /** Record times count to the second: knownAt is answered at that precision. */
  private static OffsetDateTime second(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }
}
