package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.Sovereignty;
import io.gigawatt.support.consistency.ConsistencyToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code GET /api/v1/capacity/sovereignty}: regions ranked by hosted H100e, with sovereignty. */
@Path("/api/v1/capacity/sovereignty")
@Produces(MediaType.APPLICATION_JSON)
public class SovereigntyResource {
  private final CapacityQueries queries;
  private final ConsistencyWaits waits;

  SovereigntyResource(CapacityQueries queries, ConsistencyWaits waits) {
    this.queries = queries;
    this.waits = waits;
  }

  /** One region of the ranking. */
  public record Ranked(int rank, String code, String name, Sovereignty sovereignty) {}

  /** The ranking. */
  public record Ranking(
      String level, LocalDate asOf, OffsetDateTime knownAt, List<Ranked> regions) {}

  @GET
  public Ranking ranking(
      @RestQuery String level,
      @RestQuery String asOf,
      @RestQuery String knownAt,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    Level parsed = RegionResource.level(level);
    TimePoint at = TimePoint.parse(asOf, knownAt);
    waits.await(token);
    var regions =
        queries.regions(parsed, at).regions().stream()
            .sorted(
                Comparator.comparing(
                        (RegionCapacity r) -> r.sovereignty().hostedH100e(),
                        Comparator.reverseOrder())
                    .thenComparing(RegionCapacity::code))
            .toList();
    List<Ranked> ranked =
        IntStream.range(0, regions.size())
            .mapToObj(
                i ->
                    new Ranked(
                        i + 1,
                        regions.get(i).code(),
                        regions.get(i).name(),
                        regions.get(i).sovereignty()))
            .toList();
    return new Ranking(parsed.apiName(), at.asOf(), at.knownAt(), ranked);
  }
}
