package io.gigawatt.capacity.domain;

/** The site lifecycle events that follow an announcement. */
public enum SiteEventKind {
  CONSTRUCTION_STARTED,
  CAPACITY_REVISED,
  PHASE_ENERGIZED,
  CANCELLED
}
