package io.gigawatt.capacity.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Folds a site's facts into its current state. Status only moves forward and energized MW is a sum,
 * so neither depends on order; planned MW is the value of the highest sequence. Events are folded
 * by sequence, so even the floating-point sum does not depend on arrival order.
 */
final class SiteFold {
  private static final Comparator<SiteEventFact> BY_SEQUENCE =
      Comparator.comparingLong(SiteEventFact::sequence);

  private SiteFold() {}

  /** Site id → site, for the announced sites; events of sites not announced yet wait. */
  static Map<String, Site> sites(Collection<SiteFact> announced, Collection<SiteEventFact> events) {
    Map<String, List<SiteEventFact>> bySite =
        events.stream().collect(Collectors.groupingBy(SiteEventFact::siteId));
    Map<String, Site> sites = new TreeMap<>();
    for (SiteFact site : announced) {
      sites.put(site.siteId(), site(site, bySite.getOrDefault(site.siteId(), List.of())));
    }
    return sites;
  }

  static Site site(SiteFact announced, Collection<SiteEventFact> events) {
    SiteStatus status = SiteStatus.ANNOUNCED;
    long plannedAt = announced.sequence();
    double plannedMw = announced.plannedMw();
    double energizedMw = 0;
    for (SiteEventFact event : events.stream().sorted(BY_SEQUENCE).toList()) {
      switch (event.kind()) {
        case CONSTRUCTION_STARTED -> status = status.atLeast(SiteStatus.UNDER_CONSTRUCTION);
        case PHASE_ENERGIZED -> {
          status = status.atLeast(SiteStatus.OPERATIONAL);
          energizedMw += event.mw();
        }
        case CANCELLED -> status = status.atLeast(SiteStatus.CANCELLED);
        case CAPACITY_REVISED -> {
          if (event.sequence() > plannedAt) {
            plannedAt = event.sequence();
            plannedMw = event.mw();
          }
        }
      }
    }
    return new Site(announced.siteId(), announced.country(), status, plannedMw, energizedMw);
  }
}
