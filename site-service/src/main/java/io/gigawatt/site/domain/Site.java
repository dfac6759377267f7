package io.gigawatt.site.domain;

import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import java.time.LocalDate;

/**
 * The state of a site, folded from its events; null before its announcement. {@code operationalOn}
 * is the date of the earliest energized phase, {@code capacityRevisedOn} the date of the revision
 * in force.
 */
public record Site(
    String siteId,
    String name,
    String program,
    Organization operator,
    Organization owner,
    Location location,
    SiteStatus status,
    double plannedCapacityMw,
    double energizedMw,
    LocalDate announcedOn,
    LocalDate expectedOnlineOn,
    LocalDate constructionStartedOn,
    LocalDate capacityRevisedOn,
    LocalDate operationalOn,
    LocalDate cancelledOn) {

  Site constructionStarted(LocalDate on) {
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        SiteStatus.UNDER_CONSTRUCTION,
        plannedCapacityMw,
        energizedMw,
        announcedOn,
        expectedOnlineOn,
        on,
        capacityRevisedOn,
        operationalOn,
        cancelledOn);
  }

  Site capacityRevised(double mw, LocalDate on) {
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        status,
        mw,
        energizedMw,
        announcedOn,
        expectedOnlineOn,
        constructionStartedOn,
        on,
        operationalOn,
        cancelledOn);
  }

  Site phaseEnergized(double mw, LocalDate on) {
    var firstOn = operationalOn == null || on.isBefore(operationalOn) ? on : operationalOn;
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        SiteStatus.OPERATIONAL,
        plannedCapacityMw,
        energizedMw + mw,
        announcedOn,
        expectedOnlineOn,
        constructionStartedOn,
        capacityRevisedOn,
        firstOn,
        cancelledOn);
  }

  Site cancelled(LocalDate on) {
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        SiteStatus.CANCELLED,
        plannedCapacityMw,
        energizedMw,
        announcedOn,
        expectedOnlineOn,
        constructionStartedOn,
        capacityRevisedOn,
        operationalOn,
        on);
  }
}
