package io.gigawatt.capacity.domain;

/**
 * The names of the figures a region sums. Site counts by status are named by {@link SiteStatus}.
 * Names follow the JSON paths of a region's answer.
 */
public final class Metric {
  public static final String PLANNED_MW = "powerMw.planned";
  public static final String UNDER_CONSTRUCTION_MW = "powerMw.underConstruction";
  public static final String ENERGIZED_MW = "powerMw.energized";
  public static final String CONTRACTS = "contracts.count";
  public static final String VALUE_USD = "contracts.valueUsd";
  public static final String COMMITTED_MW = "contracts.committedMw";
  public static final String GPUS = "gpus.delivered";
  public static final String H100E = "gpus.h100e";
  public static final String BF16_PFLOPS = "gpus.bf16Pflops";
  public static final String GPU_POWER_MW = "gpus.powerMw";

  /** GPUs of models the catalog does not know: counted, but without compute or power. */
  public static final String UNKNOWN_MODEL_GPUS = "gpus.unknownModel";

  private static final String BY_MODEL = "gpus.byModel.";

  private Metric() {}

  public static String gpusOfModel(String gpuModel) {
    return BY_MODEL + gpuModel;
  }

  /** The catalog id of a {@link #gpusOfModel} metric, or null for any other metric. */
  public static String modelOf(String metric) {
    return metric.startsWith(BY_MODEL) ? metric.substring(BY_MODEL.length()) : null;
  }
}
