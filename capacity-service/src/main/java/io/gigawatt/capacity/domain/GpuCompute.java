package io.gigawatt.capacity.domain;

import io.gigawatt.events.GpuModel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The compute and power of a number of GPUs of one catalog model, as exact decimals. H100e follow
 * Epoch AI: count × the model's dense 8-bit OP/s ÷ an H100 SXM's, kept to 6 decimals.
 */
record GpuCompute(BigDecimal h100e, BigDecimal bf16Pflops, BigDecimal powerMw) {
  private static final BigDecimal H100_OPS = BigDecimal.valueOf(GpuModel.H100_DENSE_INT8_OPS);

  static GpuCompute of(GpuModel model, long count) {
    BigDecimal gpus = BigDecimal.valueOf(count);
    return new GpuCompute(
        gpus.multiply(BigDecimal.valueOf(model.denseInt8Ops()))
            .divide(H100_OPS, 6, RoundingMode.HALF_EVEN),
        gpus.multiply(BigDecimal.valueOf(model.bf16Tflops())).movePointLeft(3),
        gpus.multiply(BigDecimal.valueOf(model.tdpWatts())).movePointLeft(6));
  }
}
