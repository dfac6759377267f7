package io.gigawatt.events;

/** Events of the Site aggregate, published on {@link Topics#SITE_EVENTS}. */
public sealed interface SiteEvent extends DomainEvent
    permits SiteAnnounced,
        SiteConstructionStarted,
        SiteCapacityRevised,
        SitePhaseEnergized,
        SiteCancelled,
        SiteDeEnergized,
        SiteDecommissioned {

  String siteId();

  @Override
  default String aggregateId() {
    return siteId();
  }
}
