package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
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
        .required("plannedCapacityMw", plannedCapacityMw, Bounds.POSITIVE_MW)
        .required("revisedOn", revisedOn, Bounds.DATE)
        .ifPresent("reason", reason, Bounds.TEXT)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
