package io.gigawatt.site.domain;

import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.domain.Decision;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Taking power off-line and shutting a site down for good. Neither is dated before what it ends: a
 * de-energization needs MW energized by its date and never leaves fewer than 0 MW on any date from
 * it on; a decommissioning is not dated before the site's last lifecycle event.
 */
final class DecommissioningRules {
  private DecommissioningRules() {}

  static Decision<SiteEvent> deEnergize(Site site, DeEnergizeSite command) {
    var d = command.deEnergization();
    SiteDecider.throwIfInvalid(d.validate());
    var refused = LifecycleRules.refusal(site, command, d.deEnergizedOn());
    if (refused.isPresent()) {
      return refused.get();
    }
    var energized = site.energized();
    if (!energized.energizedBy(d.deEnergizedOn())) {
      return Decision.reject(
          Rules.DE_ENERGIZED_BEFORE_ENERGIZATION,
          "no MW of site " + site.siteId() + " were energized by " + d.deEnergizedOn());
    }
    double lowest = energized.lowestFrom(d.deEnergizedOn());
    if (LifecycleRules.exceeds(d.mw(), lowest)) {
      return Decision.reject(
          Rules.DE_ENERGIZED_EXCEEDS_ENERGIZED,
          "only " + lowest + " MW are energized on some date from " + d.deEnergizedOn());
    }
    return Decision.accept(
        new SiteDeEnergized(site.siteId(), d.mw(), d.deEnergizedOn(), d.source(), d.confidence()));
  }

  static Decision<SiteEvent> decommission(Site site, DecommissionSite command) {
    var d = command.decommissioning();
    SiteDecider.throwIfInvalid(d.validate());
    var refused = LifecycleRules.refusal(site, command, d.decommissionedOn());
    if (refused.isPresent()) {
      return refused.get();
    }
    var last = lastEventOn(site);
    if (d.decommissionedOn().isBefore(last)) {
      return Decision.reject(
          Rules.DECOMMISSIONED_BEFORE_LAST_EVENT,
          "the site's last lifecycle event is dated " + last);
    }
    return Decision.accept(
        new SiteDecommissioned(site.siteId(), d.decommissionedOn(), d.source(), d.confidence()));
  }

  /** The latest business date of the site's history: announcement, construction, power. */
  private static LocalDate lastEventOn(Site site) {
    return Stream.concat(
            Stream.of(site.announcedOn(), site.constructionStartedOn(), site.capacityRevisedOn()),
            site.energized().lastChangeOn().stream())
        .filter(d -> d != null)
        .max(LocalDate::compareTo)
        .orElseThrow();
  }
}
