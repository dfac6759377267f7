package io.gigawatt.capacity.domain;

/** GPUs of one model delivered to a site under one contract, summed over its deliveries. */
public record GpuHolding(String contractId, String gpuModel, long count) {

  boolean sameKind(GpuHolding other) {
    return contractId.equals(other.contractId) && gpuModel.equals(other.gpuModel);
  }
}
