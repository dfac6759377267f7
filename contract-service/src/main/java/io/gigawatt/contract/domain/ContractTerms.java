package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.Party;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

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

  /** The terms after an amendment: each field the amendment sets replaces the current one. */
  ContractTerms amendedBy(ContractAmended a) {
    return new ContractTerms(
        kind,
        title,
        program,
        parties,
        or(a.valueUsd(), valueUsd),
        or(a.termMonths(), termMonths),
        or(a.committedMw(), committedMw),
        gpuModel,
        or(a.gpuCount(), gpuCount),
        or(a.siteIds(), siteIds),
        signedOn,
        source,
        confidence);
  }

  private static <T> T or(T amended, T current) {
    return amended != null ? amended : current;
  }

  public List<String> siteIdsOrEmpty() {
    return siteIds == null ? List.of() : siteIds;
  }

  public List<FieldError> validate() {
    var v =
        new Validator()
            .require("kind", kind)
            .required("title", title, Bounds.TEXT)
            .ifPresent("program", program, Bounds.TEXT)
            .required("parties", parties, p -> !p.isEmpty(), "must name at least one party")
            .ifPresent("parties", parties, Bounds.PARTIES);
    if (parties != null && Bounds.PARTIES.test(parties)) {
      for (int i = 0; i < parties.size(); i++) {
        party(v, "parties[" + i + "]", parties.get(i));
      }
    }
    return TermChecks.amendable(v, valueUsd, termMonths, committedMw, gpuCount, siteIds)
        .ifPresent("gpuModel", gpuModel, GpuCatalog::contains, "is not a GPU model of the catalog")
        .check("gpuModel", gpuCount == null || gpuModel != null, "is required with gpuCount")
        .required("signedOn", signedOn, Bounds.DATE)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }

  private static void party(Validator v, String field, Party party) {
    v.require(field, party);
    if (party != null) {
      Organizations.check(v, field, party.name(), party.country())
          .require(field + ".role", party.role());
    }
  }
}
