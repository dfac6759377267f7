package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Level;
import io.gigawatt.support.problem.ProblemException;
import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code GET /api/v1/capacity/timeline?region=US&from=&to=&step=day|week|month|quarter[&knownAt=]}:
 * a region's figures at each step, as the ledger knew them at {@code knownAt} (default: now).
 */
@Path("/api/v1/capacity/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
  static final int MAX_POINTS = 1_200;
  private static final LocalDate DEFAULT_FROM = LocalDate.of(2016, 1, 1);

  private final Timelines timelines;

  TimelineResource(Timelines timelines) {
    this.timelines = timelines;
  }

  @GET
  public Timelines.Timeline timeline(
      @RestQuery String region,
      @RestQuery String from,
      @RestQuery String to,
      @RestQuery String step,
      @RestQuery String knownAt) {
    var v = new Validator().require("region", region);
    LocalDate start = TimePoint.date(v, "from", from);
    LocalDate end = TimePoint.date(v, "to", to);
    var unit = Timelines.Step.parse(step == null ? "month" : step);
    v.check("step", unit.isPresent(), "must be day, week, month or quarter");
    OffsetDateTime known = TimePoint.parse(null, knownAt).knownAt();
    v.throwIfInvalid();
    start = start == null ? DEFAULT_FROM : start;
    end = end == null ? LocalDate.now(ZoneOffset.UTC) : end;
    v.check("to", !end.isBefore(start), "must not be before from")
        .check(
            "step",
            unit.get().points(start, end) <= MAX_POINTS,
            "gives more than " + MAX_POINTS + " points between from and to")
        .throwIfInvalid();
    String code = region.toUpperCase(Locale.ROOT);
    Level level =
        Level.ofCode(code)
            .filter(RegionResource.LEVELS::contains)
            .orElseThrow(() -> ProblemException.notFound("region", region));
    return timelines.of(level, code, start, end, unit.get(), known);
  }
}
