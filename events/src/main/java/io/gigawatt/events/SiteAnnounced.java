package io.gigawatt.events;

import java.time.LocalDate;

/** A data-center site was announced. Type {@code io.gigawatt.site.announced.v1}. */
public record SiteAnnounced(
    String siteId,
    String name,
    String program,
    Organization operator,
    Organization owner,
    Location location,
    double plannedCapacityMw,
    LocalDate expectedOnlineOn,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements SiteEvent {}
