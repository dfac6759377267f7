package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;

/** Asserts that an event read by a consumer keeps every bound of {@link Bounds}. */
final class KeptBounds {
  private KeptBounds() {}

  static void assertKept(DomainEvent event) {
    within(Bounds.ID, event.aggregateId());
    within(Bounds.DATE, event.occurredOn());
    within(Bounds.SOURCE, event.source());
    if (event instanceof SiteAnnounced e) {
      within(Bounds.TEXT, e.name());
      within(Bounds.TEXT, e.program());
      within(Bounds.TEXT, e.operator().name());
      within(Bounds.TEXT, e.owner().name());
      within(Bounds.TEXT, e.location().locality());
      within(Bounds.POSITIVE_MW, e.plannedPower().facilityMw());
      within(Bounds.POSITIVE_MW, e.plannedPower().itLoadMw());
      within(Bounds.DATE, e.expectedOnlineOn());
    } else if (event instanceof SiteCapacityRevised e) {
      within(Bounds.POSITIVE_MW, e.plannedCapacityMw());
      within(Bounds.TEXT, e.reason());
    } else if (event instanceof SitePhaseEnergized e) {
      within(Bounds.POSITIVE_MW, e.energizedMw());
      within(Bounds.TEXT, e.phase());
    } else if (event instanceof SiteDeEnergized e) {
      within(Bounds.POSITIVE_MW, e.deEnergizedMw());
    } else if (event instanceof SiteCancelled e) {
      within(Bounds.TEXT, e.reason());
    } else if (event instanceof ContractSigned e) {
      within(Bounds.TEXT, e.title());
      within(Bounds.TEXT, e.program());
      within(Bounds.PARTIES, e.parties());
      e.parties().forEach(p -> within(Bounds.TEXT, p.name()));
      terms(e.valueUsd(), e.termMonths(), e.committedMw(), e.gpuCount());
      within(Bounds.SITES, e.siteIds());
    } else if (event instanceof ContractAmended e) {
      terms(e.valueUsd(), e.termMonths(), e.committedMw(), e.gpuCount());
      within(Bounds.SITES, e.siteIds());
      within(Bounds.TEXT, e.reason());
    } else if (event instanceof GpusDelivered e) {
      within(Bounds.GPUS, e.count());
      within(Bounds.ID, e.deliveryId());
      within(Bounds.ID, e.siteId());
      if (e.owner() != null) {
        within(Bounds.TEXT, e.owner().name());
      }
    } else if (event instanceof GpusRetired e) {
      within(Bounds.GPUS, e.count());
      within(Bounds.ID, e.siteId());
      within(Bounds.ID, e.gpuModel());
    } else if (event instanceof ContractTerminated e) {
      within(Bounds.TEXT, e.reason());
    }
  }

  private static void terms(Long usd, Integer months, Double mw, Integer gpus) {
    within(Bounds.USD, usd);
    within(Bounds.TERM_MONTHS, months);
    within(Bounds.MW, mw);
    within(Bounds.GPUS, gpus);
  }

  private static <T> void within(Bound<? super T> bound, T value) {
    if (value != null) {
      assertThat(bound.apply(value)).as("%s", value).isNull();
    }
  }
}
