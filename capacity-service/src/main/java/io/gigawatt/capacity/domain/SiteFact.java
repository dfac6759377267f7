package io.gigawatt.capacity.domain;

/** What the projection knows of a site: where it is, its status and its capacity. */
public record SiteFact(
    String siteId, String country, SiteStatus status, double plannedMw, double energizedMw) {

  public boolean cancelled() {
    return status == SiteStatus.CANCELLED;
  }
}
