package io.gigawatt.capacity.domain;

/**
 * Where a site is in its life; each site counts in exactly one status. A site never goes back: its
 * status is the furthest its events reached, in this order, so cancellation wins whatever order.
 */
public enum SiteStatus {
  ANNOUNCED,
  UNDER_CONSTRUCTION,
  OPERATIONAL,
  CANCELLED;

  SiteStatus atLeast(SiteStatus reached) {
    return reached.compareTo(this) > 0 ? reached : this;
  }
}
