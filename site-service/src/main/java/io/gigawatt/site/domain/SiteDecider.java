package io.gigawatt.site.domain;

import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.List;

/** The Site aggregate: decides on site commands and folds site events. */
public final class SiteDecider implements Decider<Site, SiteCommand, SiteEvent> {
  public static final SiteDecider INSTANCE = new SiteDecider();

  @Override
  public Site initialState() {
    return null;
  }

  @Override
  public Decision<SiteEvent> decide(Site site, SiteCommand command) {
    if (command instanceof AnnounceSite c) {
      return announce(site, c);
    }
    if (command instanceof StartConstruction c) {
      return LifecycleRules.startConstruction(site, c);
    }
    if (command instanceof ReviseCapacity c) {
      return LifecycleRules.reviseCapacity(site, c);
    }
    if (command instanceof EnergizePhase c) {
      return LifecycleRules.energizePhase(site, c);
    }
    if (command instanceof CancelSite c) {
      return LifecycleRules.cancel(site, c);
    }
    if (command instanceof DeEnergizeSite c) {
      return DecommissioningRules.deEnergize(site, c);
    }
    if (command instanceof DecommissionSite c) {
      return DecommissioningRules.decommission(site, c);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  private Decision<SiteEvent> announce(Site site, AnnounceSite command) {
    if (site != null) {
      return Decision.reject(
          Rules.SITE_EXISTS, "site " + command.siteId() + " was already announced");
    }
    var a = command.announcement();
    throwIfInvalid(a.validate());
    return Decision.accept(
        new SiteAnnounced(
            command.siteId(),
            a.name(),
            a.program(),
            a.operator(),
            a.owner(),
            a.location(),
            new PlannedPower(a.plannedCapacityMw(), a.itLoadMw()),
            a.expectedOnlineOn(),
            a.announcedOn(),
            a.source(),
            a.confidence()));
  }

  @Override
  public Site evolve(Site site, SiteEvent event) {
    if (event instanceof SiteAnnounced e) {
      return new Site(
          e.siteId(),
          e.name(),
          e.program(),
          e.operator(),
          e.owner(),
          e.location(),
          SiteStatus.ANNOUNCED,
          e.plannedCapacityMw(),
          0,
          e.occurredOn(),
          e.expectedOnlineOn(),
          null,
          null,
          null,
          null,
          null,
          List.of());
    }
    if (event instanceof SiteConstructionStarted e) {
      return site.constructionStarted(e.occurredOn());
    }
    if (event instanceof SiteCapacityRevised e) {
      return site.capacityRevised(e.plannedCapacityMw(), e.occurredOn());
    }
    if (event instanceof SitePhaseEnergized e) {
      return site.phaseEnergized(e.energizedMw(), e.occurredOn());
    }
    if (event instanceof SiteCancelled e) {
      return site.cancelled(e.occurredOn());
    }
    if (event instanceof SiteDeEnergized e) {
      return site.deEnergized(e.deEnergizedMw(), e.occurredOn());
    }
    if (event instanceof SiteDecommissioned e) {
      return site.decommissioned(e.occurredOn());
    }
    return site;
  }

  static void throwIfInvalid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
  }
}
