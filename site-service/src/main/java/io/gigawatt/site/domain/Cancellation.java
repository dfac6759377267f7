package io.gigawatt.site.domain;

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
        .require("cancelledOn", cancelledOn)
        .require("source", source)
        .require("confidence", confidence)
        .errors();
  }
}
