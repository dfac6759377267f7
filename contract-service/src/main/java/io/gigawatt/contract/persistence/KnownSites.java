package io.gigawatt.contract.persistence;

import io.gigawatt.contract.domain.KnownSite;
import io.gigawatt.events.SiteEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The local replica of the sites, fed from {@code gigawatt.site.events} effectively once. */
@ApplicationScoped
public class KnownSites {
  private final ProcessedEvents processed;

  KnownSites(ProcessedEvents processed) {
    this.processed = processed;
  }

  public KnownSite find(String siteId) {
    KnownSiteEntity row = siteId == null ? null : KnownSiteEntity.findById(siteId);
    return row == null ? KnownSite.unknown(siteId) : row.toSite();
  }

  /**
   * Applies a site event and records its id in one transaction.
   *
   * @return false when the event id was applied before (nothing changed)
   */
  @Transactional
  public boolean apply(String eventId, String type, long sequence, SiteEvent event) {
    if (!processed.firstTime(eventId, type, event.siteId(), sequence)) {
      return false;
    }
    KnownSiteEntity row = KnownSiteEntity.findById(event.siteId());
    var before = row == null ? KnownSite.unknown(event.siteId()) : row.toSite();
    var after = before.after(sequence, event);
    if (!after.equals(before)) {
      var target = row == null ? new KnownSiteEntity() : row;
      target.set(after);
      target.persist();
    }
    return true;
  }
}
