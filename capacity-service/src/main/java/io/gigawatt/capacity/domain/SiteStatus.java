package io.gigawatt.capacity.domain;

/**
 * Where a site is in its life; each site counts in exactly one status. A site never goes back: its
 * status is the furthest its events reached, in this order, so cancellation and decommissioning
 * (both for good; the write side never records both) win whatever order.
 */
public enum SiteStatus {
  ANNOUNCED("sites.announced"),
  UNDER_CONSTRUCTION("sites.underConstruction"),
  OPERATIONAL("sites.operational"),
  CANCELLED("sites.cancelled"),
  DECOMMISSIONED("sites.decommissioned");

  private final String metric;

  SiteStatus(String metric) {
    this.metric = metric;
  }

  /** The region metric that counts the sites in this status. */
  public String metric() {
    return metric;
  }

  SiteStatus atLeast(SiteStatus reached) {
    return reached.compareTo(this) > 0 ? reached : this;
  }
}
