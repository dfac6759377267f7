package io.gigawatt.events;

import java.time.LocalDate;

/**
 * A phase of a site was energized: {@code energizedMw} more MW came online. Type {@code
 * io.gigawatt.site.phase-energized.v1}.
 */
public record SitePhaseEnergized(
    String siteId,
    double energizedMw,
    String phase,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements SiteEvent {}
