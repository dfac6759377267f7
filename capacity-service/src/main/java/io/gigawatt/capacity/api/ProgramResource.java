package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.ProgramFigures;
import io.gigawatt.capacity.domain.Programs;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.persistence.DatedReads;
import io.gigawatt.capacity.persistence.RegionReads;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.gigawatt.support.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Programs (e.g. Stargate): commitments against planned, built and energized capacity. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {
  private final CapacityQueries queries;
  private final RegionReads reads;
  private final DatedReads dated;
  private final ConsistencyWaits waits;

  ProgramResource(
      CapacityQueries queries, RegionReads reads, DatedReads dated, ConsistencyWaits waits) {
    this.queries = queries;
    this.reads = reads;
    this.dated = dated;
    this.waits = waits;
  }

  /** Most committed MW first. */
  @GET
  public List<ProgramFigures> programs(
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    TimePoint at = TimePoint.parse(asOf, knownAt);
    waits.await(token);
    Map<String, String> names = reads.programNames(queries.active());
    return totals(at).entrySet().stream()
        .map(e -> ProgramFigures.of(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparing(ProgramFigures::committedMw, Comparator.reverseOrder())
                .thenComparing(ProgramFigures::name))
        .toList();
  }

  /** The program of that name, whatever its case. */
  @GET
  @Path("/{name}")
  public ProgramFigures program(
      @RestPath String name,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    TimePoint at = TimePoint.parse(asOf, knownAt);
    waits.await(token);
    String code = Programs.code(name).orElseThrow(() -> ProblemException.notFound("program", name));
    String display = reads.programNames(queries.active()).get(code);
    if (display == null) {
      throw ProblemException.notFound("program", name);
    }
    return ProgramFigures.of(display, totals(at).getOrDefault(code, RegionTotals.empty(code)));
  }

  private Map<String, RegionTotals> totals(TimePoint at) {
    Map<String, RegionTotals> totals = new TreeMap<>();
    if (at.current()) {
      reads.level(queries.active(), Level.PROGRAM).stream()
          .filter(row -> row.level() == Level.PROGRAM)
          .forEach(row -> totals.put(row.totals().code(), row.totals()));
    } else {
      dated
          .levels(queries.active(), Set.of(Level.PROGRAM), at.asOf(), at.knownAt())
          .forEach(
              (code, region) -> {
                if (Programs.isProgram(code)) {
                  totals.put(code, region);
                }
              });
    }
    return totals;
  }
}
