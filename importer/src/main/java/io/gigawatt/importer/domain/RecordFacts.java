package io.gigawatt.importer.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a record puts in the ledger, with every date: a site, and where it ran, its energized power,
 * a GPU_SUPPLY contract with its GPUs and the end of both.
 *
 * @param operationalOn when the site was energized and its GPUs delivered; null while planned (and
 *     for a decommissioned record whose dates are unknown)
 * @param endedOn when a successor replaced it: its GPUs are retired, its power de-energized; or
 *     null
 * @param decommissionedOn or null
 */
public record RecordFacts(
    EpochRecord record,
    Organization owner,
    List<Organization> buyers,
    List<Organization> suppliers,
    double plannedMw,
    LocalDate announcedOn,
    LocalDate operationalOn,
    Map<String, Long> lots,
    LocalDate endedOn,
    LocalDate decommissionedOn,
    LocalDate referenceDate) {

  public RecordFacts {
    buyers = List.copyOf(buyers);
    suppliers = List.copyOf(suppliers);
    lots = Map.copyOf(lots);
  }

  public boolean operational() {
    return operationalOn != null;
  }

  /** The state the ledger should reach for this record. */
  public LedgerState wanted() {
    boolean running = operational() && endedOn == null;
    var state =
        new LedgerState.Builder()
            .planned(plannedMw)
            .energized(operational() ? plannedMw : 0)
            .deEnergized(operational() && !running ? plannedMw : 0);
    if (decommissionedOn != null) {
      state.decommissioned();
    }
    if (operational() && !lots.isEmpty()) {
      state.signed();
      lots.forEach(state::delivered);
      if (!running) {
        lots.forEach(state::retired);
      }
    }
    return state.build();
  }
}
