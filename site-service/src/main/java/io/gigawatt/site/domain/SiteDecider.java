package io.gigawatt.site.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;
import io.gigawatt.support.validation.InvalidCommandException;

/** The Site aggregate: decides on site commands and folds site events. */
public final class SiteDecider implements Decider<Site, SiteCommand, SiteEvent> {
  public static final SiteDecider INSTANCE = new SiteDecider();

  @Override
  public Site initialState() {
    return null;
  }

  @Override
  public Decision<SiteEvent> decide(Site site, SiteCommand command) {
    if (command instanceof AnnounceSite announce) {
      return announce(site, announce);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  private Decision<SiteEvent> announce(Site site, AnnounceSite command) {
    if (site != null) {
      return Decision.reject("site-exists", "site " + command.siteId() + " was already announced");
    }
    var a = command.announcement();
    var errors = a.validate();
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
    return Decision.accept(
        new SiteAnnounced(
            command.siteId(),
            a.name(),
            a.program(),
            a.operator(),
            a.owner(),
            a.location(),
            a.plannedCapacityMw(),
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
          e.occurredOn(),
          e.expectedOnlineOn());
    }
    return site;
  }
}
