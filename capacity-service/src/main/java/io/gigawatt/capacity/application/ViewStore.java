package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.support.messaging.RecordedEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one copy of the read model lives; every call joins the batch's transaction. Contributions
 * are not stored: they are functions of the states.
 */
public interface ViewStore {

  /**
   * Stores the facts the events state, keyed by aggregate id and sequence, with their event ids.
   *
   * @return the events not stored before, in their order; the others are duplicates
   */
  List<RecordedEvent> recordNew(List<RecordedEvent> events);

  Map<String, SiteState> sites(Collection<String> siteIds);

  Map<String, ContractState> contracts(Collection<String> contractIds);

  /** The contracts that name (or once named, or delivered to) any of these sites. */
  Set<String> contractsCovering(Collection<String> siteIds);

  /** The sites any of these contracts names, names once, or delivered to. */
  Set<String> sitesCoveredBy(Collection<String> contractIds);

  /** Records that each contract names (or delivered to) these sites. */
  void cover(Map<String, Set<String>> sitesByContract);

  void saveSites(Collection<SiteState> sites);

  void saveContracts(Collection<ContractState> contracts);

  Map<String, RegionTotals> regions(Collection<String> codes);

  /** Stores the regions' new totals and marks them changed by this batch. */
  void saveRegions(Collection<RegionTotals> regions);

  /** Adds to the dated history of the regions. */
  void addDated(Collection<DatedDelta> deltas);

  /** The display names of programs, by region code; a program keeps the first name it got. */
  void namePrograms(Map<String, String> names);
}
