package io.gigawatt.site.domain;

/**
 * The stable names of the site rules: a refused command answers 422 with a problem {@code type}
 * ending in {@code rule/<name>}.
 */
public final class Rules {
  public static final String SITE_EXISTS = "site-exists";
  public static final String SITE_NOT_ANNOUNCED = "site-not-announced";
  public static final String SITE_CANCELLED = "site-cancelled";
  public static final String DATED_BEFORE_ANNOUNCEMENT = "dated-before-announcement";
  public static final String CONSTRUCTION_ALREADY_STARTED = "construction-already-started";
  public static final String ENERGIZED_EXCEEDS_CAPACITY = "energized-exceeds-capacity";
  public static final String CAPACITY_BELOW_ENERGIZED = "capacity-below-energized";
  public static final String SITE_DECOMMISSIONED = "site-decommissioned";
  public static final String DE_ENERGIZED_BEFORE_ENERGIZATION = "de-energized-before-energization";
  public static final String DE_ENERGIZED_EXCEEDS_ENERGIZED = "de-energized-exceeds-energized";
  public static final String DECOMMISSIONED_BEFORE_LAST_EVENT = "decommissioned-before-last-event";

  private Rules() {}
}
