package io.gigawatt.site.domain;

import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of a site, folded from its events; null before its announcement. {@code operationalOn}
 * is the date of the earliest energized phase, {@code capacityRevisedOn} the date of the revision
 * in force, {@code powerChanges} every energization (+MW) and de-energization (−MW) with its date.
 * {@code energizedMw} is what is energized now: 0 once decommissioned.
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
    LocalDate cancelledOn,
    LocalDate decommissionedOn,
    List<PowerChange> powerChanges) {

  public Site {
    powerChanges = powerChanges == null ? List.of() : List.copyOf(powerChanges);
  }

  EnergizedHistory energized() {
    return new EnergizedHistory(powerChanges);
  }

  Site constructionStarted(LocalDate on) {
    return with(
        SiteStatus.UNDER_CONSTRUCTION, plannedCapacityMw, energizedMw, on, capacityRevisedOn);
  }

  Site capacityRevised(double mw, LocalDate on) {
    return with(status, mw, energizedMw, constructionStartedOn, on);
  }

  Site phaseEnergized(double mw, LocalDate on) {
    var firstOn = operationalOn == null || on.isBefore(operationalOn) ? on : operationalOn;
    return powered(SiteStatus.OPERATIONAL, mw, on, firstOn);
  }

  Site deEnergized(double mw, LocalDate on) {
    return powered(status, -mw, on, operationalOn);
  }

  Site cancelled(LocalDate on) {
    return ended(SiteStatus.CANCELLED, energizedMw, on, decommissionedOn);
  }

  Site decommissioned(LocalDate on) {
    return ended(SiteStatus.DECOMMISSIONED, 0, cancelledOn, on);
  }

  private Site with(
      SiteStatus status,
      double plannedMw,
      double energizedMw,
      LocalDate constructionOn,
      LocalDate revisedOn) {
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        status,
        plannedMw,
        energizedMw,
        announcedOn,
        expectedOnlineOn,
        constructionOn,
        revisedOn,
        operationalOn,
        cancelledOn,
        decommissionedOn,
        powerChanges);
  }

  private Site powered(SiteStatus status, double mw, LocalDate on, LocalDate operationalOn) {
    var changes = new ArrayList<>(powerChanges);
    changes.add(new PowerChange(on, mw));
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        status,
        plannedCapacityMw,
        energizedMw + mw,
        announcedOn,
        expectedOnlineOn,
        constructionStartedOn,
        capacityRevisedOn,
        operationalOn,
        cancelledOn,
        decommissionedOn,
        changes);
  }

  private Site ended(
      SiteStatus status, double energizedMw, LocalDate cancelledOn, LocalDate decommissionedOn) {
    return new Site(
        siteId,
        name,
        program,
        operator,
        owner,
        location,
        status,
        plannedCapacityMw,
        energizedMw,
        announcedOn,
        expectedOnlineOn,
        constructionStartedOn,
        capacityRevisedOn,
        operationalOn,
        cancelledOn,
        decommissionedOn,
        powerChanges);
  }
}
