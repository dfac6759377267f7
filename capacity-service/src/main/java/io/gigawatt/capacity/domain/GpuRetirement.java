package io.gigawatt.capacity.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * GPUs of one model retired from a site under one contract on one date, summed over those
 * retirements. A retirement takes the oldest GPUs of its kind delivered by its date first.
 */
public record GpuRetirement(LocalDate on, String contractId, String gpuModel, long count) {
  static final Comparator<GpuRetirement> ORDER =
      Comparator.comparing(GpuRetirement::on)
          .thenComparing(GpuRetirement::contractId)
          .thenComparing(GpuRetirement::gpuModel);

  GpuRetirement plus(GpuRetirement other) {
    return new GpuRetirement(on, contractId, gpuModel, count + other.count);
  }

  boolean sameKind(GpuRetirement other) {
    return on.equals(other.on)
        && contractId.equals(other.contractId)
        && gpuModel.equals(other.gpuModel);
  }

  /** True for GPUs this retirement may take: of its contract and model, delivered by its date. */
  boolean takesFrom(GpuHolding holding) {
    return holding.contractId().equals(contractId)
        && holding.gpuModel().equals(gpuModel)
        && !holding.on().isAfter(on);
  }
}
