package io.gigawatt.capacity.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A site as the events applied so far make it. Every field is folded so that the result does not
 * depend on arrival order: the status only moves forward, planned MW is the value of the highest
 * sequence, energized MW and GPU holdings are sums. Events of a site not announced yet are kept in
 * its state; it counts nowhere until its announcement arrives.
 *
 * @param profile null until the announcement is applied
 */
public record SiteState(
    String siteId,
    SiteProfile profile,
    SiteStatus status,
    Versioned<BigDecimal> plannedMw,
    BigDecimal energizedMw,
    List<GpuHolding> holdings) {

  private static final Comparator<GpuHolding> HOLDING_ORDER =
      Comparator.comparing(GpuHolding::contractId).thenComparing(GpuHolding::gpuModel);

  public SiteState {
    holdings = List.copyOf(holdings);
  }

  public static SiteState unknown(String siteId) {
    return new SiteState(siteId, null, SiteStatus.ANNOUNCED, null, BigDecimal.ZERO, List.of());
  }

  public boolean announced() {
    return profile != null;
  }

  public boolean cancelled() {
    return status == SiteStatus.CANCELLED;
  }

  public BigDecimal currentPlannedMw() {
    return Versioned.valueOf(plannedMw, BigDecimal.ZERO);
  }

  /** This state with one more of the site's own events applied. */
  public SiteState evolve(SiteEvent event, long sequence) {
    if (event instanceof SiteAnnounced e) {
      return new SiteState(
          siteId,
          SiteProfile.of(e),
          status,
          Versioned.later(plannedMw, mw(e.plannedCapacityMw()), sequence),
          energizedMw,
          holdings);
    } else if (event instanceof SiteCapacityRevised e) {
      return new SiteState(
          siteId,
          profile,
          status,
          Versioned.later(plannedMw, mw(e.plannedCapacityMw()), sequence),
          energizedMw,
          holdings);
    } else if (event instanceof SitePhaseEnergized e) {
      return new SiteState(
          siteId,
          profile,
          status.atLeast(SiteStatus.OPERATIONAL),
          plannedMw,
          energizedMw.add(mw(e.energizedMw())),
          holdings);
    } else if (event instanceof SiteConstructionStarted) {
      return withStatus(SiteStatus.UNDER_CONSTRUCTION);
    } else if (event instanceof SiteCancelled) {
      return withStatus(SiteStatus.CANCELLED);
    }
    throw new IllegalArgumentException("not a site event the view knows: " + event);
  }

  /** This state with GPUs delivered to the site under a contract. */
  public SiteState withDelivery(String contractId, String gpuModel, long count) {
    var delivered = new GpuHolding(contractId, gpuModel, count);
    List<GpuHolding> merged = new ArrayList<>();
    boolean added = false;
    for (GpuHolding holding : holdings) {
      if (holding.sameKind(delivered)) {
        merged.add(new GpuHolding(contractId, gpuModel, holding.count() + count));
        added = true;
      } else {
        merged.add(holding);
      }
    }
    if (!added) {
      merged.add(delivered);
    }
    merged.sort(HOLDING_ORDER);
    return new SiteState(siteId, profile, status, plannedMw, energizedMw, merged);
  }

  private SiteState withStatus(SiteStatus reached) {
    return new SiteState(
        siteId, profile, status.atLeast(reached), plannedMw, energizedMw, holdings);
  }

  static BigDecimal mw(double value) {
    return BigDecimal.valueOf(value);
  }
}
