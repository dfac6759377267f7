package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.gigawatt.support.problem.ProblemException;
import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Compute capacity by region, read from the materialized view. A query carrying {@code
 * X-Consistency-Token} first waits until the view has applied that command.
 */
@Path("/api/v1/capacity/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
  private final CapacityQueries queries;
  private final ConsistencyWaits waits;

  RegionResource(CapacityQueries queries, ConsistencyWaits waits) {
    this.queries = queries;
    this.waits = waits;
  }

  @GET
  public RegionsResponse regions(
      @RestQuery String level,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    Level parsed = level(level, asOf, knownAt);
    waits.await(token);
    return queries.regions(parsed);
  }

  @GET
  @Path("/{code}")
  public RegionCapacity region(
      @RestPath String code,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    level(null, asOf, knownAt);
    String normalized = code.toUpperCase(Locale.ROOT);
    Level level =
        Level.ofCode(normalized).orElseThrow(() -> ProblemException.notFound("region", code));
    waits.await(token);
    return queries.region(level, normalized);
  }

  private static Level level(String level, String asOf, String knownAt) {
    var parsed = level == null ? java.util.Optional.of(Level.COUNTRY) : Level.ofApiName(level);
    new Validator()
        .check("level", parsed.isPresent(), "must be country, subdivision or world")
        .check("asOf", asOf == null, "time travel is not available yet")
        .check("knownAt", knownAt == null, "time travel is not available yet")
        .throwIfInvalid();
    return parsed.get();
  }
}
