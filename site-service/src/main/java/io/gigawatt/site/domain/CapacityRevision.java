package io.gigawatt.site.domain;

import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** A new planned capacity: the body of {@code POST /api/v1/sites/{id}/capacity-revisions}. */
public record CapacityRevision(
    Double plannedCapacityMw,
    LocalDate revisedOn,
    String reason,
    String source,
    Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("plannedCapacityMw", plannedCapacityMw, mw -> mw > 0, "must be positive")
        .require("revisedOn", revisedOn)
        .require("source", source)
        .require("confidence", confidence)
        .errors();
  }
}
