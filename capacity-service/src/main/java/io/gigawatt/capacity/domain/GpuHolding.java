package io.gigawatt.capacity.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * GPUs of one model delivered to a site under one contract on one date, summed over those
 * deliveries; {@code ownerCountry} is the home country of the delivery's stated owner, if any.
 */
public record GpuHolding(
    LocalDate on, String contractId, String gpuModel, String ownerCountry, long count) {

  boolean sameKind(GpuHolding other) {
    return on.equals(other.on)
        && contractId.equals(other.contractId)
        && gpuModel.equals(other.gpuModel)
        && Objects.equals(ownerCountry, other.ownerCountry);
  }
}
