package io.gigawatt.events;

import java.time.LocalDate;

/** A site's planned capacity changed. Type {@code io.gigawatt.site.capacity-revised.v1}. */
public record SiteCapacityRevised(
    String siteId,
    double plannedCapacityMw,
    String reason,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements SiteEvent {}
