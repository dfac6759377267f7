package io.gigawatt.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An accelerator of the GPU catalog, with its figures from Epoch AI's ML hardware data.
 *
 * @param bf16Tflops peak dense BF16 TFLOPS (FP16 where Epoch lists no BF16 rate)
 * @param denseInt8Ops peak dense 8-bit OP/s (INT8 or FP8, whichever is higher), Epoch's basis for
 *     H100-equivalents
 * @param releaseDate when the chip was released
 * @param epochHardware the {@code Hardware name} of the row of Epoch's {@code ml_hardware.csv} the
 *     figures come from; null for a chip that data lacks
 * @param epochChipTypes the exact {@code Chip type} names Epoch's GPU-clusters data uses for this
 *     chip
 * @param fallbacks the fields not taken as they stand from {@code epochHardware}, each with where
 *     its value comes from instead
 * @param note anything else a reader of the figures should know; may be null
 */
public record GpuModel(
    String id,
    String name,
    String vendor,
    String vendorCountry,
    double bf16Tflops,
    double denseInt8Ops,
    double tdpWatts,
    LocalDate releaseDate,
    String epochHardware,
    List<String> epochChipTypes,
    Map<String, String> fallbacks,
    String note) {

  /** Dense 8-bit OP/s of an H100 SXM: the unit of H100-equivalents (Epoch AI). */
  public static final double H100_DENSE_INT8_OPS = 1.979e15;

  public GpuModel {
    epochChipTypes = epochChipTypes == null ? List.of() : List.copyOf(epochChipTypes);
    fallbacks = fallbacks == null ? Map.of() : Map.copyOf(fallbacks);
  }

  /** Epoch's H100-equivalents: count × this chip's dense 8-bit OP/s ÷ an H100 SXM's. */
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
