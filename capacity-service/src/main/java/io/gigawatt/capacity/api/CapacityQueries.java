package io.gigawatt.capacity.api;

import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.capacity.messaging.Projections;
import io.gigawatt.capacity.persistence.RegionReads;
import io.gigawatt.capacity.persistence.RegionReads.RegionRow;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Answers capacity queries from the active generation of the materialized view. */
@ApplicationScoped
class CapacityQueries {
  private final Projections projections;
  private final RegionReads reads;

  CapacityQueries(Projections projections, RegionReads reads) {
    this.projections = projections;
    this.reads = reads;
  }

  RegionsResponse regions(Level level) {
    List<RegionRow> rows = reads.level(active(), level);
    RegionTotals world = world(rows);
    List<RegionCapacity> regions =
        rows.stream()
            .filter(row -> row.level() == level)
            .map(row -> RegionView.region(level, row.totals(), world))
            .sorted(RegionView.ORDER)
            .toList();
    return new RegionsResponse(level.apiName(), regions, RegionView.figures(world));
  }

  /** A region without figures yet answers zeros. */
  RegionCapacity region(Level level, String code) {
    List<RegionRow> rows = reads.region(active(), code);
    RegionTotals totals =
        rows.stream()
            .filter(row -> row.totals().code().equals(code))
            .map(RegionRow::totals)
            .findFirst()
            .orElse(RegionTotals.empty(code));
    return RegionView.region(level, totals, world(rows));
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

  private static RegionTotals world(List<RegionRow> rows) {
    return rows.stream()
        .filter(row -> row.level() == Level.WORLD)
        .map(RegionRow::totals)
        .findFirst()
        .orElse(RegionTotals.empty(Level.WORLD_CODE));
  }
}
