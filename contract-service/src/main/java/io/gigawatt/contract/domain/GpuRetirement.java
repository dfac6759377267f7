package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/**
 * GPUs taken out of service at a site: the body of {@code POST /api/v1/contracts/{id}/retirements}.
 */
public record GpuRetirement(
    String siteId,
    String gpuModel,
    Long count,
    LocalDate retiredOn,
    String source,
    Confidence confidence) {

  public List<FieldError> validate() {
    return new Validator()
        .required("siteId", siteId, Bounds.ID)
        .required("gpuModel", gpuModel, GpuCatalog::contains, "is not a GPU model of the catalog")
        .required("count", count, Bounds.GPUS)
        .required("retiredOn", retiredOn, Bounds.DATE)
        .required("source", source, Bounds.SOURCE)
        .require("confidence", confidence)
        .errors();
  }
}
