package io.gigawatt.contract.domain;

import java.time.LocalDate;

/** GPUs of a model delivered to (positive count) or retired from (negative) a site on a date. */
public record GpuMovement(LocalDate on, String siteId, String gpuModel, long count) {

  boolean of(String site, String model) {
    return siteId.equals(site) && gpuModel.equals(model);
  }
}
