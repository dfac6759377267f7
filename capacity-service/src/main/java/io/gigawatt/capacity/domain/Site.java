package io.gigawatt.capacity.domain;

/** A site as its announcement and lifecycle events make it. */
public record Site(
    String siteId, String country, SiteStatus status, double plannedMw, double energizedMw) {

  public boolean cancelled() {
    return status == SiteStatus.CANCELLED;
  }
}
