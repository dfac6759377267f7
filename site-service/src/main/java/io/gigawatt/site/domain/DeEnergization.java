package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** MW taken off-line: the body of {@code POST /api/v1/sites/{id}/de-energizations}. */
public record DeEnergization(
    Double mw, LocalDate deEnergizedOn, String source, Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("mw", mw, Bounds.POSITIVE_MW)
        .required("deEnergizedOn", deEnergizedOn, Bounds.DATE)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
