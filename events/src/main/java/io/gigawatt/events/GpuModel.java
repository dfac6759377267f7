package io.gigawatt.events;

/**
 * An accelerator of the GPU catalog.
 *
 * @param denseInt8Ops peak dense 8-bit OP/s (INT8 or FP8, whichever is higher), Epoch's basis for
 *     H100-equivalents
 */
public record GpuModel(
    String id,
    String name,
    String vendor,
    String vendorCountry,
    double bf16Tflops,
    double denseInt8Ops,
    double tdpWatts) {

  /** Dense 8-bit OP/s of an H100 SXM: the unit of H100-equivalents (Epoch AI). */
  public static final double H100_DENSE_INT8_OPS = 1.979e15;

  public double h100Equivalents(long count) {
    return count * denseInt8Ops / H100_DENSE_INT8_OPS;
  }

  public double bf16Pflops(long count) {
    return count * bf16Tflops / 1000.0;
  }

  public double powerMw(long count) {
    return count * tdpWatts / 1_000_000.0;
  }
}
