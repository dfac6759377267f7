package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * New values for some of a contract's terms: the body of {@code POST
 * /api/v1/contracts/{id}/amendments}. A null field keeps its current value.
 */
public record ContractAmendment(
    LocalDate amendedOn,
    Long valueUsd,
    Double committedMw,
    Integer gpuCount,
    Integer termMonths,
    List<String> siteIds,
    String reason,
    String source,
    Confidence confidence) {

  public List<FieldError> validate() {
    var changesSomething =
        Stream.of(valueUsd, committedMw, gpuCount, termMonths, siteIds)
            .anyMatch(term -> term != null);
    return TermChecks.amendable(
            new Validator(), valueUsd, termMonths, committedMw, gpuCount, siteIds)
        .check(
            "body",
            changesSomething,
            "must set at least one of valueUsd, committedMw, gpuCount, termMonths, siteIds")
        .required("amendedOn", amendedOn, Bounds.DATE)
        .ifPresent("reason", reason, Bounds.TEXT)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
