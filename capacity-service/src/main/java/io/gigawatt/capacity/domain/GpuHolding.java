package io.gigawatt.capacity.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * GPUs of one model delivered to a site under one contract on one date, summed over those
 * deliveries; {@code ownerCountry} is the home country of the delivery's stated owner, if any.
 */
public record GpuHolding(
    LocalDate on, String contractId, String gpuModel, String ownerCountry, long count) {
  /** Oldest first: the order in which retirements take GPUs. */
  static final Comparator<GpuHolding> ORDER =
      Comparator.comparing(GpuHolding::on)
          .thenComparing(GpuHolding::contractId)
          .thenComparing(GpuHolding::gpuModel)
          .thenComparing(h -> h.ownerCountry() == null ? "" : h.ownerCountry());

  GpuHolding plus(GpuHolding other) {
    return withCount(count + other.count);
  }

  GpuHolding withCount(long newCount) {
    return new GpuHolding(on, contractId, gpuModel, ownerCountry, newCount);
  }

  boolean sameKind(GpuHolding other) {
    return on.equals(other.on)
        && contractId.equals(other.contractId)
        && gpuModel.equals(other.gpuModel)
        && Objects.equals(ownerCountry, other.ownerCountry);
  }
}
