package io.gigawatt.events;

import java.time.LocalDate;

/**
 * A data-center site was announced. Type {@code io.gigawatt.site.announced.v2}; v1 carried a single
 * {@code plannedCapacityMw}, which {@link SiteAnnouncedV1ToV2} reads as the facility power.
 */
public record SiteAnnounced(
    String siteId,
    String name,
    String program,
    Organization operator,
    Organization owner,
    Location location,
    PlannedPower plannedPower,
    LocalDate expectedOnlineOn,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements SiteEvent {

  /** The planned capacity the figures count: the facility's power. */
  public double plannedCapacityMw() {
    return plannedPower.facilityMw();
  }
}
