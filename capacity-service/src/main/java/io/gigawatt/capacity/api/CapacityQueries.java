package io.gigawatt.capacity.api;

import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.Bloc;
import io.gigawatt.capacity.domain.BlocTotals;
import io.gigawatt.capacity.domain.Blocs;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.capacity.messaging.Projections;
import io.gigawatt.capacity.persistence.DatedReads;
import io.gigawatt.capacity.persistence.RegionReads;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers capacity queries from the active generation: the current view from the stored totals,
 * other times from the dated history; blocs summed from their members on the date asked for.
 */
@ApplicationScoped
class CapacityQueries {
  private final Projections projections;
  private final RegionReads reads;
  private final DatedReads dated;

  CapacityQueries(Projections projections, RegionReads reads, DatedReads dated) {
    this.projections = projections;
    this.reads = reads;
    this.dated = dated;
  }

  RegionsResponse regions(Level level, TimePoint at) {
    Map<String, RegionTotals> totals = totals(level, at);
    RegionTotals world = world(totals);
    List<RegionCapacity> regions = new ArrayList<>();
    totals.forEach(
        (code, region) -> {
          if (Level.ofCode(code).orElse(null) == level) {
            regions.add(region(level, region, world, at));
          }
        });
    regions.sort(RegionView.ORDER);
    return new RegionsResponse(
        level.apiName(), at.asOf(), at.knownAt(), regions, RegionView.figures(world));
  }

  /** A region without figures answers zeros. */
  RegionCapacity region(Level level, String code, TimePoint at) {
    Map<String, RegionTotals> totals;
    if (level == Level.BLOC) {
      totals = totals(Level.BLOC, at);
    } else if (at.current()) {
      totals = new TreeMap<>();
      reads.region(active(), code).forEach(row -> totals.put(row.totals().code(), row.totals()));
    } else {
      totals = dated.codes(active(), List.of(code, Level.WORLD_CODE), at.asOf(), at.knownAt());
    }
    return region(level, totals.getOrDefault(code, RegionTotals.empty(code)), world(totals), at);
  }

  RegionCapacity region(Level level, RegionTotals totals, RegionTotals world, TimePoint at) {
    return RegionView.region(
        level, totals, world, RegionView.domestic(level, totals.code(), day(at)), null);
  }

  /** The totals of every region of the level (blocs from their members), and the world's. */
  Map<String, RegionTotals> totals(Level level, TimePoint at) {
    Level stored = level == Level.BLOC ? Level.COUNTRY : level;
    Map<String, RegionTotals> totals = new TreeMap<>();
    if (at.current()) {
      reads.level(active(), stored).forEach(row -> totals.put(row.totals().code(), row.totals()));
    } else {
      totals.putAll(dated.levels(active(), Set.of(stored), at.asOf(), at.knownAt()));
    }
    if (level == Level.BLOC) {
      LocalDate day = day(at);
      for (Bloc bloc : Blocs.all()) {
        totals.put(bloc.code(), BlocTotals.of(bloc.code(), bloc.membersOn(day), totals));
      }
    }
    return totals;
  }

  ViewGeneration active() {
    return projections
        .active()
        .orElseThrow(
            () ->
                new ProblemException(
                    Problem.of(
                        503,
                        "view-unavailable",
                        "Capacity view unavailable",
                        "the read model's database has not been reached yet; retry shortly")));
  }

  /** The date bloc memberships are taken on: asOf, else today. */
  static LocalDate day(TimePoint at) {
    return at.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : at.asOf();
  }

  static RegionTotals world(Map<String, RegionTotals> totals) {
    return totals.getOrDefault(Level.WORLD_CODE, RegionTotals.empty(Level.WORLD_CODE));
  }
}
