package io.gigawatt.site.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** MW brought online: the body of {@code POST /api/v1/sites/{id}/energizations}. */
public record PhaseEnergization(
    Double energizedMw, LocalDate energizedOn, String phase, String source, Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("energizedMw", energizedMw, Bounds.POSITIVE_MW)
        .required("energizedOn", energizedOn, Bounds.DATE)
        .ifPresent("phase", phase, Bounds.TEXT)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
