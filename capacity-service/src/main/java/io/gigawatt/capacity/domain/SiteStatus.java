package io.gigawatt.capacity.domain;

/** Where a site is in its life; each site counts in exactly one status. */
public enum SiteStatus {
  ANNOUNCED,
  UNDER_CONSTRUCTION,
  OPERATIONAL,
  CANCELLED
}
