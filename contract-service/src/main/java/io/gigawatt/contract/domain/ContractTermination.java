package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** The end of a contract before its term: the body of {@code POST …/{id}/termination}. */
public record ContractTermination(
    LocalDate terminatedOn, String reason, String source, Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("terminatedOn", terminatedOn, Bounds.DATE)
        .required("reason", reason, Bounds.TEXT)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
