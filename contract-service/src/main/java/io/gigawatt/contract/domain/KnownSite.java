package io.gigawatt.contract.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteEvent;

/**
 * What contract-service knows of a site from {@code gigawatt.site.events}. {@code version} is the
 * site's aggregate version (the events' {@code ce_sequence}) it was last updated to.
 */
public record KnownSite(
    String siteId, SiteStatus status, String name, String country, long version) {

  public static KnownSite unknown(String siteId) {
    return new KnownSite(siteId, SiteStatus.UNKNOWN, null, null, 0);
  }

  /**
   * The site after an event at {@code sequence}; an event not newer than the site changes nothing.
   */
  public KnownSite after(long sequence, SiteEvent event) {
    if (sequence <= version) {
      return this;
    }
    if (event instanceof SiteAnnounced a) {
      return new KnownSite(siteId, status.after(event), a.name(), a.location().country(), sequence);
    }
    return new KnownSite(siteId, status.after(event), name, country, sequence);
  }
}
