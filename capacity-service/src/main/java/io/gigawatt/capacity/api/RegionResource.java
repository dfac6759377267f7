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
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Compute capacity by region: countries, subdivisions, blocs and the world, now or at any time
 * ({@code asOf}, {@code knownAt}). A query carrying {@code X-Consistency-Token} first waits until
 * the view has applied that command.
 */
@Path("/api/v1/capacity")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
  static final Set<Level> LEVELS =
      Set.of(Level.COUNTRY, Level.SUBDIVISION, Level.BLOC, Level.WORLD);

  private final CapacityQueries queries;
  private final ConsistencyWaits waits;

  RegionResource(CapacityQueries queries, ConsistencyWaits waits) {
    this.queries = queries;
    this.waits = waits;
  }

  @GET
  @Path("/regions")
  public RegionsResponse regions(
      @RestQuery String level,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    Level parsed = level(level);
    TimePoint at = TimePoint.parse(asOf, knownAt);
    waits.await(token);
    return queries.regions(parsed, at);
  }

  @GET
  @Path("/regions/{code}")
  public RegionCapacity region(
      @RestPath String code,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    String normalized = code.toUpperCase(Locale.ROOT);
    Level level =
        Level.ofCode(normalized)
            .filter(LEVELS::contains)
            .orElseThrow(() -> ProblemException.notFound("region", code));
    TimePoint at = TimePoint.parse(asOf, knownAt);
    waits.await(token);
    return queries.region(level, normalized, at);
  }

  /** A level of the regions API: country (the default), subdivision, bloc or world. */
  static Level level(String level) {
    Optional<Level> parsed =
        level == null
            ? Optional.of(Level.COUNTRY)
            : Level.ofApiName(level).filter(LEVELS::contains);
    new Validator()
        .check("level", parsed.isPresent(), "must be country, subdivision, bloc or world")
        .throwIfInvalid();
    return parsed.get();
  }
}
