package io.gigawatt.site.domain;

public enum SiteStatus {
  ANNOUNCED,
  UNDER_CONSTRUCTION,
  OPERATIONAL,
  CANCELLED
}
