package io.gigawatt.events;

import java.time.LocalDate;

/**
 * Power of a site was taken off-line: {@code deEnergizedMw} fewer MW are energized from {@code
 * occurredOn}. Type {@code io.gigawatt.site.de-energized.v1}.
 */
public record SiteDeEnergized(
    String siteId, double deEnergizedMw, LocalDate occurredOn, String source, Confidence confidence)
    implements SiteEvent {}
