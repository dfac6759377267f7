package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** A site was called off: the body of {@code POST /api/v1/sites/{id}/cancellation}. */
public record Cancellation(
    LocalDate cancelledOn, String reason, String source, Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("cancelledOn", cancelledOn, Bounds.DATE)
        .ifPresent("reason", reason, Bounds.TEXT)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
