package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.BlocTotals;
import io.gigawatt.capacity.domain.Blocs;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.capacity.persistence.DatedReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A region's figures step by step, summed once from its dated history. */
@ApplicationScoped
class Timelines {
  private final CapacityQueries queries;
  private final DatedReads dated;

  Timelines(CapacityQueries queries, DatedReads dated) {
    this.queries = queries;
    this.dated = dated;
  }

  /** The spacing of a timeline's points. */
  enum Step {
    DAY(Period.ofDays(1)),
    WEEK(Period.ofWeeks(1)),
    MONTH(Period.ofMonths(1)),
    QUARTER(Period.ofMonths(3));

    private final Period period;

    Step(Period period) {
      this.period = period;
    }

    static Optional<Step> parse(String name) {
      try {
        return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    long points(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      long stepDays = Math.max(1, period.toTotalMonths() * 28 + period.getDays());
      return days / stepDays + 1;
    }
  }

  /** One point of a timeline. */
  public record Point(LocalDate date, RegionCapacity figures) {}

  /** The answer. */
  public record Timeline(
      String region, String level, String step, OffsetDateTime knownAt, List<Point> points) {}

  Timeline of(
      Level level, String code, LocalDate from, LocalDate to, Step step, OffsetDateTime knownAt) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plus(step.period)) {
      dates.add(day);
    }
    Set<String> codes = new HashSet<>(Set.of(code, Level.WORLD_CODE));
    if (level == Level.BLOC) {
      dates.forEach(day -> codes.addAll(Blocs.members(code, day)));
    }
    var steps = dated.steps(queries.active(), codes, knownAt);
    Map<String, Map<String, BigDecimal>> running = new HashMap<>();
    TimePoint at = new TimePoint(null, knownAt);
    List<Point> points = new ArrayList<>();
    int next = 0;
    for (LocalDate day : dates) {
      while (next < steps.size() && !steps.get(next).on().isAfter(day)) {
        var s = steps.get(next++);
        running
            .computeIfAbsent(s.code(), c -> new HashMap<>())
            .merge(s.metric(), s.amount(), BigDecimal::add);
      }
      Map<String, RegionTotals> totals = new HashMap<>();
      running.forEach((c, metrics) -> totals.put(c, RegionTotals.empty(c).plus(metrics)));
      RegionTotals region =
          level == Level.BLOC
              ? BlocTotals.of(code, Blocs.members(code, day), totals)
              : totals.getOrDefault(code, RegionTotals.empty(code));
      RegionTotals world = CapacityQueries.world(totals);
      points.add(
          new Point(
              day,
              RegionView.region(
                  level, region, world, RegionView.domestic(level, code, day), null)));
    }
    return new Timeline(
        code, level.apiName(), step.name().toLowerCase(Locale.ROOT), knownAt, points);
  }
}
