package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.Countries;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/**
 * What an announcement says about a new site: the body of {@code POST /api/v1/sites}. {@code
 * plannedCapacityMw} is the facility's power; {@code itLoadMw}, where announced, the IT load.
 */
public record SiteAnnouncement(
    String name,
    String program,
    Organization operator,
    Organization owner,
    Location location,
    Double plannedCapacityMw,
    Double itLoadMw,
    LocalDate expectedOnlineOn,
    LocalDate announcedOn,
    String source,
    Confidence confidence) {

  public List<FieldError> validate() {
    var v =
        new Validator()
            .required("name", name, Bounds.TEXT)
            .ifPresent("program", program, Bounds.TEXT);
    organization(v, "operator", operator);
    organization(v, "owner", owner);
    v.require("location", location);
    if (location != null) {
      v.required(
              "location.country",
              location.country(),
              Countries::isCountry,
              "is not an ISO 3166-1 alpha-2 code")
          .ifPresent(
              "location.subdivision",
              location.subdivision(),
              s -> Countries.isSubdivisionOf(s, location.country()),
              "is not an ISO 3166-2 code of location.country")
          .ifPresent("location.locality", location.locality(), Bounds.TEXT);
    }
    return v.required("plannedCapacityMw", plannedCapacityMw, Bounds.POSITIVE_MW)
        .ifPresent("itLoadMw", itLoadMw, Bounds.POSITIVE_MW)
        .ifPresent(
            "itLoadMw",
            itLoadMw,
            it -> plannedCapacityMw == null || it <= plannedCapacityMw,
            "must not be above plannedCapacityMw")
        .required("announcedOn", announcedOn, Bounds.DATE)
        .ifPresent("expectedOnlineOn", expectedOnlineOn, Bounds.DATE)
        .ifPresent(
            "expectedOnlineOn",
            expectedOnlineOn,
            d -> announcedOn == null || !d.isBefore(announcedOn),
            "must not be before announcedOn")
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }

  static void organization(Validator v, String field, Organization organization) {
    v.require(field, organization);
    if (organization != null) {
      v.required(field + ".name", organization.name(), Bounds.TEXT)
          .required(
              field + ".country",
              organization.country(),
              Countries::isCountry,
              "is not an ISO 3166-1 alpha-2 code");
    }
  }
}
