package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.util.List;

/** A site on one business date: what its figures are computed from. */
public record SiteSnapshot(
    String siteId,
    SiteProfile profile,
    SiteStatus status,
    BigDecimal plannedMw,
    BigDecimal energizedMw,
    List<GpuHolding> holdings) {

  public boolean cancelled() {
    return status == SiteStatus.CANCELLED;
  }

  /** True when the site hosts nothing: cancelled, or decommissioned by then. */
  public boolean ended() {
    return cancelled() || status == SiteStatus.DECOMMISSIONED;
  }
}
