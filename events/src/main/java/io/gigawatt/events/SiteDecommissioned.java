package io.gigawatt.events;

import java.time.LocalDate;

/**
 * A site was decommissioned: nothing is energized or hosted there from {@code occurredOn}, and no
 * lifecycle event follows. Type {@code io.gigawatt.site.decommissioned.v1}.
 */
public record SiteDecommissioned(
    String siteId, LocalDate occurredOn, String source, Confidence confidence)
    implements SiteEvent {}
