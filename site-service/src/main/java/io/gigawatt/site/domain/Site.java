package io.gigawatt.site.domain;

import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import java.time.LocalDate;

/** The state of a site, folded from its events; null before its announcement. */
public record Site(
    String siteId,
    String name,
    String program,
    Organization operator,
    Organization owner,
    Location location,
    SiteStatus status,
    double plannedCapacityMw,
    LocalDate announcedOn,
    LocalDate expectedOnlineOn) {}
