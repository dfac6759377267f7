package io.gigawatt.capacity.domain;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;

/**
 * A site as the events applied so far state it: every dated fact kept, so that the site can be seen
 * as of any business date ({@link #asOf}). Facts are sets keyed by sequence (or summed, for GPUs),
 * so the state does not depend on arrival order. Events of a site not announced yet are kept; it
 * counts nowhere until its announcement arrives.
 *
 * @param profile null until the announcement is applied
 * @param phases energized phases (+MW) and de-energizations (−MW)
 * @param retirements GPUs retired from the holdings ({@link GpusInService})
 */
public record SiteState(
    String siteId,
    SiteProfile profile,
    List<DatedValue> planned,
    List<StatusChange> statuses,
    List<DatedValue> phases,
    List<GpuHolding> holdings,
    List<GpuRetirement> retirements) {

  public SiteState {
    planned = planned == null ? List.of() : List.copyOf(planned);
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    phases = phases == null ? List.of() : List.copyOf(phases);
    holdings = holdings == null ? List.of() : List.copyOf(holdings);
    retirements = retirements == null ? List.of() : List.copyOf(retirements);
  }

  public static SiteState unknown(String siteId) {
    return new SiteState(siteId, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public boolean announced() {
    return profile != null;
  }

  /**
   * The site on {@code day} (null: with every fact, whatever its date); null when not announced by
   * then.
   */
  public SiteSnapshot asOf(LocalDate day) {
    if (!announced() || !Dates.onOrBefore(profile.announcedOn(), day)) {
      return null;
    }
    SiteStatus status = SiteStatus.ANNOUNCED;
    for (StatusChange change : statuses) {
      if (Dates.onOrBefore(change.on(), day)) {
        status = status.atLeast(change.reached());
      }
    }
    BigDecimal plannedMw = DatedValue.latest(planned, day);
    return new SiteSnapshot(
        siteId,
        profile,
        status,
        plannedMw == null ? BigDecimal.ZERO : plannedMw,
        DatedValue.sum(phases, day),
        GpusInService.on(day, holdings, retirements));
  }

  /** The business dates on which the site's figures can change, in order. */
  public List<LocalDate> dates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (announced()) {
      dates.add(profile.announcedOn());
    }
    planned.forEach(v -> dates.add(v.on()));
    statuses.forEach(s -> dates.add(s.on()));
    phases.forEach(v -> dates.add(v.on()));
    holdings.forEach(h -> dates.add(h.on()));
    retirements.forEach(r -> dates.add(r.on()));
    return List.copyOf(dates);
  }

  /** This state with one more of the site's own events applied. */
  public SiteState evolve(SiteEvent event, long sequence) {
    LocalDate on = event.occurredOn();
    if (event instanceof SiteAnnounced e) {
      return new SiteState(
          siteId,
          SiteProfile.of(e),
          Sequenced.with(planned, new DatedValue(on, sequence, mw(e.plannedCapacityMw()))),
          statuses,
          phases,
          holdings,
          retirements);
    } else if (event instanceof SiteCapacityRevised e) {
      return withPlanned(new DatedValue(on, sequence, mw(e.plannedCapacityMw())));
    } else if (event instanceof SitePhaseEnergized e) {
      return new SiteState(
          siteId,
          profile,
          planned,
          Sequenced.with(statuses, new StatusChange(on, sequence, SiteStatus.OPERATIONAL)),
          Sequenced.with(phases, new DatedValue(on, sequence, mw(e.energizedMw()))),
          holdings,
          retirements);
    } else if (event instanceof SiteDeEnergized e) {
      return new SiteState(
          siteId,
          profile,
          planned,
          statuses,
          Sequenced.with(phases, new DatedValue(on, sequence, mw(e.deEnergizedMw()).negate())),
          holdings,
          retirements);
    } else if (event instanceof SiteConstructionStarted) {
      return withStatus(new StatusChange(on, sequence, SiteStatus.UNDER_CONSTRUCTION));
    } else if (event instanceof SiteCancelled) {
      return withStatus(new StatusChange(on, sequence, SiteStatus.CANCELLED));
    } else if (event instanceof SiteDecommissioned) {
      return withStatus(new StatusChange(on, sequence, SiteStatus.DECOMMISSIONED));
    }
    throw new IllegalArgumentException("not a site event the view knows: " + event);
  }

  /** This state with GPUs delivered to the site. */
  public SiteState withDelivery(GpuHolding delivered) {
    return new SiteState(
        siteId,
        profile,
        planned,
        statuses,
        phases,
        summed(holdings, delivered, GpuHolding::sameKind, GpuHolding::plus, GpuHolding.ORDER),
        retirements);
  }

  /** This state with GPUs retired from the site. */
  public SiteState withRetirement(GpuRetirement retired) {
    return new SiteState(
        siteId,
        profile,
        planned,
        statuses,
        phases,
        holdings,
        summed(
            retirements,
            retired,
            GpuRetirement::sameKind,
            GpuRetirement::plus,
            GpuRetirement.ORDER));
  }

  /** {@code facts} with {@code added} summed into the fact of the same kind, if any, in order. */
  private static <T> List<T> summed(
      List<T> facts,
      T added,
      BiPredicate<T, T> sameKind,
      BinaryOperator<T> plus,
      Comparator<T> order) {
    List<T> merged = new ArrayList<>();
    boolean summed = false;
    for (T fact : facts) {
      if (sameKind.test(fact, added)) {
        merged.add(plus.apply(fact, added));
        summed = true;
      } else {
        merged.add(fact);
      }
    }
    if (!summed) {
      merged.add(added);
    }
    merged.sort(order);
    return merged;
  }

  private SiteState withPlanned(DatedValue value) {
    return new SiteState(
        siteId, profile, Sequenced.with(planned, value), statuses, phases, holdings, retirements);
  }

  private SiteState withStatus(StatusChange change) {
    return new SiteState(
        siteId, profile, planned, Sequenced.with(statuses, change), phases, holdings, retirements);
  }

  private static BigDecimal mw(double value) {
    return BigDecimal.valueOf(value);
  }
}
