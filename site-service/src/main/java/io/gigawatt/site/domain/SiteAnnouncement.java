package io.gigawatt.site.domain;

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
    var v = new Validator().require("name", name);
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
              "is not an ISO 3166-2 code of location.country");
    }
    return v.required("plannedCapacityMw", plannedCapacityMw, mw -> mw > 0, "must be positive")
        .ifPresent(
            "itLoadMw",
            itLoadMw,
            it -> it > 0 && (plannedCapacityMw == null || it <= plannedCapacityMw),
            "must be positive and not above plannedCapacityMw")
        .require("announcedOn", announcedOn)
        .ifPresent(
            "expectedOnlineOn",
            expectedOnlineOn,
            d -> announcedOn == null || !d.isBefore(announcedOn),
            "must not be before announcedOn")
        .require("source", source)
        .require("confidence", confidence)
        .errors();
  }

  static void organization(Validator v, String field, Organization organization) {
    v.require(field, organization);
    if (organization != null) {
      v.require(field + ".name", organization.name())
          .required(
              field + ".country",
              organization.country(),
              Countries::isCountry,
              "is not an ISO 3166-1 alpha-2 code");
    }
  }
}
