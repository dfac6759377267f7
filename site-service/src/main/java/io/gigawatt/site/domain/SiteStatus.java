package io.gigawatt.site.domain;

/**
 * Where a site stands: {@code ANNOUNCED → UNDER_CONSTRUCTION → OPERATIONAL}, and from any of them
 * {@code CANCELLED} or {@code DECOMMISSIONED}, both for good. The first energized phase makes a
 * site {@code OPERATIONAL}, also straight from {@code ANNOUNCED}.
 */
public enum SiteStatus {
  ANNOUNCED,
  UNDER_CONSTRUCTION,
  OPERATIONAL,
  CANCELLED,
  DECOMMISSIONED
}
