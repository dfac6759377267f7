package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.support.messaging.RecordedEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where one copy of the read model lives; every call joins the batch's transaction. */
public interface ViewStore {

  /**
   * Stores the facts the events state, keyed by aggregate id and sequence, with their event ids.
   *
   * @return the events not stored before, in their order; the others are duplicates
   */
  List<RecordedEvent> recordNew(List<RecordedEvent> events);

  Map<String, SiteState> sites(Collection<String> siteIds);

  Map<String, Tracked<ContractState>> contracts(Collection<String> contractIds);

  /** The contracts that name (or once named) any of these sites. */
  Set<String> contractsCovering(Collection<String> siteIds);

  /** Records that each contract names these sites. */
  void cover(Map<String, Set<String>> sitesByContract);

  /**
   * Stores the sites' states. A site's contribution is not stored: it is a function of its state
   * alone ({@link io.gigawatt.capacity.domain.SiteContribution}).
   */
  void saveSites(Collection<SiteState> sites);

  void saveContracts(Collection<Tracked<ContractState>> contracts);

  Map<String, RegionTotals> regions(Collection<String> codes);

  /** Stores the regions' new totals and marks them changed by this batch. */
  void saveRegions(Collection<RegionTotals> regions);
}
