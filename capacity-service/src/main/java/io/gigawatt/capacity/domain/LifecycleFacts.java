package io.gigawatt.capacity.domain;

import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;

/** The fact a lifecycle event states, to be stored under its aggregate id and sequence. */
public final class LifecycleFacts {
  private LifecycleFacts() {}

  /**
   * @throws IllegalArgumentException for an announcement, which is not a lifecycle event
   */
  public static SiteEventFact of(SiteEvent event, long sequence) {
    if (event instanceof SiteConstructionStarted) {
      return site(event, sequence, SiteEventKind.CONSTRUCTION_STARTED, 0);
    } else if (event instanceof SiteCapacityRevised e) {
      return site(event, sequence, SiteEventKind.CAPACITY_REVISED, e.plannedCapacityMw());
    } else if (event instanceof SitePhaseEnergized e) {
      return site(event, sequence, SiteEventKind.PHASE_ENERGIZED, e.energizedMw());
    } else if (event instanceof SiteCancelled) {
      return site(event, sequence, SiteEventKind.CANCELLED, 0);
    }
    throw new IllegalArgumentException("not a site lifecycle event: " + event);
  }

  /**
   * @throws IllegalArgumentException for a signing or a delivery
   */
  public static ContractEventFact of(ContractEvent event, long sequence) {
    if (event instanceof ContractAmended e) {
      var changes =
          new ContractTerms(
              e.valueUsd(), e.committedMw(), e.gpuCount(), e.termMonths(), e.siteIds());
      return new ContractEventFact(e.contractId(), sequence, ContractEventKind.AMENDED, changes);
    } else if (event instanceof ContractTerminated e) {
      return new ContractEventFact(
          e.contractId(), sequence, ContractEventKind.TERMINATED, ContractTerms.NONE);
    }
    throw new IllegalArgumentException("not a contract lifecycle event: " + event);
  }

  private static SiteEventFact site(SiteEvent event, long sequence, SiteEventKind kind, double mw) {
    return new SiteEventFact(event.siteId(), sequence, kind, mw);
  }
}
