package io.gigawatt.contract.domain;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.Countries;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.Party;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The terms of a contract as signed: the body of {@code POST /api/v1/contracts}. */
public record ContractTerms(
    ContractKind kind,
    String title,
    String program,
    List<Party> parties,
    Long valueUsd,
    Integer termMonths,
    Double committedMw,
    String gpuModel,
    Integer gpuCount,
    List<String> siteIds,
    LocalDate signedOn,
    String source,
    Confidence confidence) {

  public List<String> siteIdsOrEmpty() {
    return siteIds == null ? List.of() : siteIds;
  }

  public List<FieldError> validate() {
    var v =
        new Validator()
            .require("kind", kind)
            .require("title", title)
            .required("parties", parties, p -> !p.isEmpty(), "must name at least one party");
    if (parties != null) {
      for (int i = 0; i < parties.size(); i++) {
        party(v, "parties[" + i + "]", parties.get(i));
      }
    }
    for (int i = 0; i < siteIdsOrEmpty().size(); i++) {
      v.require("siteIds[" + i + "]", siteIds.get(i));
    }
    return v.ifPresent("valueUsd", valueUsd, usd -> usd >= 0, "must not be negative")
        .ifPresent("termMonths", termMonths, months -> months > 0, "must be positive")
        .ifPresent("committedMw", committedMw, mw -> mw >= 0, "must not be negative")
        .ifPresent("gpuModel", gpuModel, GpuCatalog::contains, "is not a GPU model of the catalog")
        .ifPresent("gpuCount", gpuCount, count -> count > 0, "must be positive")
        .check("gpuModel", gpuCount == null || gpuModel != null, "is required with gpuCount")
        .check(
            "siteIds",
            siteIdsOrEmpty().stream().filter(Objects::nonNull).distinct().count()
                == siteIdsOrEmpty().stream().filter(Objects::nonNull).count(),
            "must not repeat a site")
        .require("signedOn", signedOn)
        .require("source", source)
        .require("confidence", confidence)
        .errors();
  }

  private static void party(Validator v, String field, Party party) {
    v.require(field, party);
    if (party != null) {
      v.require(field + ".name", party.name())
          .required(
              field + ".country",
              party.country(),
              Countries::isCountry,
              "is not an ISO 3166-1 alpha-2 code")
          .require(field + ".role", party.role());
    }
  }
}
