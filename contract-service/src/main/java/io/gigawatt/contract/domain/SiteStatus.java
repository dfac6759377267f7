package io.gigawatt.contract.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;

/** A site's status as contract-service knows it from the site events; UNKNOWN before any. */
public enum SiteStatus {
  UNKNOWN,
  ANNOUNCED,
  UNDER_CONSTRUCTION,
  OPERATIONAL,
  CANCELLED,
  DECOMMISSIONED;

  SiteStatus after(SiteEvent event) {
    if (event instanceof SiteConstructionStarted) {
      return UNDER_CONSTRUCTION;
    }
    if (event instanceof SitePhaseEnergized) {
      return OPERATIONAL;
    }
    if (event instanceof SiteCancelled) {
      return CANCELLED;
    }
    if (event instanceof SiteDecommissioned) {
      return DECOMMISSIONED;
    }
    if (event instanceof SiteAnnounced || this == UNKNOWN) {
      return ANNOUNCED;
    }
    return this;
  }
}
