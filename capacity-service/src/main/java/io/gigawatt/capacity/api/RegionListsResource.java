package io.gigawatt.capacity.api;

import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.Blocs;
import io.gigawatt.capacity.domain.ContractSnapshot;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.capacity.persistence.RegionListReads;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.gigawatt.support.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A region's sites and contracts, as of a business date ({@code asOf}, default today): the sites
 * located in it, and the contracts in force that cover one of them (or, covering no site, whose
 * buyer is at home there). Lists follow the business date only; they show what the ledger knows
 * now.
 */
@Path("/api/v1/capacity")
@Produces(MediaType.APPLICATION_JSON)
public class RegionListsResource {
  private final CapacityQueries queries;
  private final RegionListReads reads;
  private final ConsistencyWaits waits;

  RegionListsResource(CapacityQueries queries, RegionListReads reads, ConsistencyWaits waits) {
    this.queries = queries;
    this.reads = reads;
    this.waits = waits;
  }

  public record Sites(String code, String level, LocalDate asOf, List<RegionSite> sites) {}

  public record Contracts(
      String code, String level, LocalDate asOf, List<RegionContract> contracts) {}

  /** Largest planned MW first. */
  @GET
  @Path("/regions/{code}/sites")
  public Sites sites(
      @RestPath String code,
      @RestQuery String asOf,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    Region region = region(code, asOf, token);
    List<RegionSite> sites =
        located(region).stream()
            .map(site -> site.asOf(region.day()))
            .filter(Objects::nonNull)
            .map(RegionSite::of)
            .sorted(
                Comparator.comparingDouble(RegionSite::plannedMw)
                    .reversed()
                    .thenComparing(RegionSite::name))
            .toList();
    return new Sites(region.code(), region.level().apiName(), region.asOf(), sites);
  }

  /** Largest value first. */
  @GET
  @Path("/regions/{code}/contracts")
  public Contracts contracts(
      @RestPath String code,
      @RestQuery String asOf,
      @RestHeader(ConsistencyToken.HEADER) String token) {
    Region region = region(code, asOf, token);
    Set<String> siteIds =
        located(region).stream()
            .filter(site -> site.asOf(region.day()) != null)
            .map(SiteState::siteId)
            .collect(Collectors.toSet());
    List<RegionContract> contracts =
        reads.contracts(region.generation(), siteIds, region.countries()).stream()
            .map(contract -> contract.asOf(region.day()))
            .filter(Objects::nonNull)
            .filter(contract -> countsIn(contract, siteIds, region.countries()))
            .map(RegionContract::of)
            .sorted(
                Comparator.comparingLong(RegionContract::valueUsd)
                    .reversed()
                    .thenComparing(RegionContract::title))
            .toList();
    return new Contracts(region.code(), region.level().apiName(), region.asOf(), contracts);
  }

  /**
   * A region asked for, and the countries whose contracts without sites count in it (null: the
   * world's, all of them; none for a subdivision).
   */
  private record Region(
      ViewGeneration generation,
      String code,
      Level level,
      LocalDate asOf,
      LocalDate day,
      Set<String> countries) {}

  private Region region(String code, String asOf, String token) {
    String normalized = code.toUpperCase(Locale.ROOT);
    Level level =
        Level.ofCode(normalized)
            .filter(RegionResource.LEVELS::contains)
            .orElseThrow(() -> ProblemException.notFound("region", code));
    TimePoint at = TimePoint.parse(asOf, null);
    waits.await(token);
    LocalDate day = CapacityQueries.day(at);
    Set<String> countries =
        switch (level) {
          case COUNTRY -> Set.of(normalized);
          case SUBDIVISION -> Set.of();
          case BLOC -> Blocs.members(normalized, day);
          default -> null;
        };
    return new Region(queries.active(), normalized, level, at.asOf(), day, countries);
  }

  private List<SiteState> located(Region region) {
    return region.level() == Level.SUBDIVISION
        ? reads.sitesInSubdivision(region.generation(), region.code())
        : reads.sitesInCountries(region.generation(), region.countries());
  }

  /** Where the view counts a contract: its sites' regions, or its buyer's country without sites. */
  private static boolean countsIn(
      ContractSnapshot contract, Set<String> siteIds, Set<String> countries) {
    if (!contract.siteIds().isEmpty()) {
      return contract.siteIds().stream().anyMatch(siteIds::contains);
    }
    if (countries == null) {
      return true;
    }
    List<Party> parties = contract.profile().parties();
    return parties.stream()
        .filter(p -> p.role() == PartyRole.BUYER)
        .findFirst()
        .or(() -> parties.stream().findFirst())
        .map(Party::country)
        .filter(countries::contains)
        .isPresent();
  }
}
