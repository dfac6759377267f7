package io.gigawatt.events;

import java.time.LocalDate;

/** A site was cancelled. Type {@code io.gigawatt.site.cancelled.v1}. */
public record SiteCancelled(
    String siteId, String reason, LocalDate occurredOn, String source, Confidence confidence)
    implements SiteEvent {}
