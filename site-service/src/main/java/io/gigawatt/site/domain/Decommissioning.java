package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** A site was shut down for good: the body of {@code POST /api/v1/sites/{id}/decommissioning}. */
public record Decommissioning(LocalDate decommissionedOn, String source, Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("decommissionedOn", decommissionedOn, Bounds.DATE)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
