package io.gigawatt.contract.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SiteEvent;
import java.time.LocalDate;

/**
 * What contract-service knows of a site from {@code gigawatt.site.events}. {@code version} is the
 * site's aggregate version (the events' {@code ce_sequence}) it was last updated to; {@code
 * decommissionedOn} the date it was decommissioned, if it was.
 */
public record KnownSite(
    String siteId,
    SiteStatus status,
    String name,
    String country,
    long version,
    LocalDate decommissionedOn) {

  public KnownSite(String siteId, SiteStatus status, String name, String country, long version) {
    this(siteId, status, name, country, version, null);
  }

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
      return new KnownSite(
          siteId,
          status.after(event),
          a.name(),
          a.location().country(),
          sequence,
          decommissionedOn);
    }
    var ended = event instanceof SiteDecommissioned d ? d.occurredOn() : decommissionedOn;
    return new KnownSite(siteId, status.after(event), name, country, sequence, ended);
  }
}
