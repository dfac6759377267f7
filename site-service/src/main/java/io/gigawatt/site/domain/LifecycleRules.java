package io.gigawatt.site.domain;

import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;
import io.gigawatt.support.domain.Decision;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What may happen to an announced site: construction, capacity revisions, energizing, cancelling.
 * Energized MW are checked on every date from the command's on (de-energizations lower them).
 */
final class LifecycleRules {
  /** Below any reported precision (one watt); absorbs the rounding of summed decimal MW. */
  private static final double TOLERANCE_MW = 1e-6;

  private LifecycleRules() {}

  static Decision<SiteEvent> startConstruction(Site site, StartConstruction command) {
    var s = command.start();
    SiteDecider.throwIfInvalid(s.validate());
    var refused = refusal(site, command, s.startedOn());
    if (refused.isPresent()) {
      return refused.get();
    }
    if (site.status() != SiteStatus.ANNOUNCED) {
      return Decision.reject(
          Rules.CONSTRUCTION_ALREADY_STARTED, "site " + site.siteId() + " is " + site.status());
    }
    return Decision.accept(
        new SiteConstructionStarted(site.siteId(), s.startedOn(), s.source(), s.confidence()));
  }

  static Decision<SiteEvent> reviseCapacity(Site site, ReviseCapacity command) {
    var r = command.revision();
    SiteDecider.throwIfInvalid(r.validate());
    var refused = refusal(site, command, r.revisedOn());
    if (refused.isPresent()) {
      return refused.get();
    }
    double energized = site.energized().highestFrom(r.revisedOn());
    if (exceeds(energized, r.plannedCapacityMw())) {
      return Decision.reject(Rules.CAPACITY_BELOW_ENERGIZED, energized + " MW are energized");
    }
    return Decision.accept(
        new SiteCapacityRevised(
            site.siteId(),
            r.plannedCapacityMw(),
            r.reason(),
            r.revisedOn(),
            r.source(),
            r.confidence()));
  }

  static Decision<SiteEvent> energizePhase(Site site, EnergizePhase command) {
    var e = command.energization();
    SiteDecider.throwIfInvalid(e.validate());
    var refused = refusal(site, command, e.energizedOn());
    if (refused.isPresent()) {
      return refused.get();
    }
    double energized = site.energized().highestFrom(e.energizedOn());
    if (exceeds(energized + e.energizedMw(), site.plannedCapacityMw())) {
      return Decision.reject(
          Rules.ENERGIZED_EXCEEDS_CAPACITY,
          energized + " of " + site.plannedCapacityMw() + " planned MW are energized");
    }
    return Decision.accept(
        new SitePhaseEnergized(
            site.siteId(),
            e.energizedMw(),
            e.phase(),
            e.energizedOn(),
            e.source(),
            e.confidence()));
  }

  static Decision<SiteEvent> cancel(Site site, CancelSite command) {
    var c = command.cancellation();
    SiteDecider.throwIfInvalid(c.validate());
    return refusal(site, command, c.cancelledOn())
        .orElseGet(
            () ->
                Decision.accept(
                    new SiteCancelled(
                        site.siteId(), c.reason(), c.cancelledOn(), c.source(), c.confidence())));
  }

  /** The rules every lifecycle command obeys. */
  static Optional<Decision<SiteEvent>> refusal(Site site, SiteCommand command, LocalDate on) {
    if (site == null) {
      return reject(Rules.SITE_NOT_ANNOUNCED, "site " + command.siteId() + " was not announced");
    }
    if (site.status() == SiteStatus.CANCELLED) {
      return reject(Rules.SITE_CANCELLED, "site " + site.siteId() + " was cancelled");
    }
    if (site.status() == SiteStatus.DECOMMISSIONED) {
      return reject(
          Rules.SITE_DECOMMISSIONED,
          "site " + site.siteId() + " was decommissioned on " + site.decommissionedOn());
    }
    if (on.isBefore(site.announcedOn())) {
      return reject(
          Rules.DATED_BEFORE_ANNOUNCEMENT, "the site was announced on " + site.announcedOn());
    }
    return Optional.empty();
  }

  static boolean exceeds(double mw, double limitMw) {
    return mw - limitMw > TOLERANCE_MW;
  }

  static Optional<Decision<SiteEvent>> reject(String rule, String message) {
    return Optional.of(Decision.reject(rule, message));
  }
}
