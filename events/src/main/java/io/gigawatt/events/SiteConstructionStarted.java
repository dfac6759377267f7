package io.gigawatt.events;

import java.time.LocalDate;

/** Construction began at a site. Type {@code io.gigawatt.site.construction-started.v1}. */
public record SiteConstructionStarted(
    String siteId, LocalDate occurredOn, String source, Confidence confidence)
    implements SiteEvent {}
