package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Capacity;
import io.gigawatt.capacity.domain.CapacityCalculator;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.persistence.FactsRepository;
import io.gigawatt.events.Countries;
import io.gigawatt.support.problem.ProblemException;
import io.gigawatt.support.validation.Validator;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Compute capacity by region, computed from the projection's facts at read time. */
@Path("/api/v1/capacity/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
  @Inject FactsRepository facts;

  @GET
  public RegionsResponse regions(@RestQuery String level) {
    checkLevel(level);
    Capacity capacity = CapacityCalculator.calculate(facts.load());
    return new RegionsResponse(CapacityCalculator.LEVEL, capacity.regions(), capacity.world());
  }

  /** A country known to ISO 3166-1 but absent from the ledger answers all-zero figures. */
  @GET
  @Path("/{code}")
  public RegionCapacity region(@RestPath String code, @RestQuery String level) {
    checkLevel(level);
    String country = code.toUpperCase(Locale.ROOT);
    if (!Countries.isCountry(country)) {
      throw ProblemException.notFound("region", code);
    }
    return CapacityCalculator.calculate(facts.load()).region(country);
  }

  private static void checkLevel(String level) {
    new Validator()
        .check(
            "level",
            level == null || CapacityCalculator.LEVEL.equals(level),
            "must be country (subdivision and bloc are not supported yet)")
        .throwIfInvalid();
  }
}
