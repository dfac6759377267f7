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

  /** H100e controlled from this country, wherever it is hosted (on the controller's country). */
  public static final String CONTROLLED_H100E = "sovereignty.controlled";

  private static final String BY_MODEL = "gpus.byModel.";
  private static final String BY_CONTROLLER = "sovereignty.hostedByController.";
  private static final String BY_VENDOR = "sovereignty.hostedByVendor.";
  private static final String BY_HOST = "sovereignty.controlledByHost.";
  private static final String COUNTRY_SITES = "sites.byCountry.";

  private Metric() {}

  public static String gpusOfModel(String gpuModel) {
    return BY_MODEL + gpuModel;
  }

  /** The catalog id of a {@link #gpusOfModel} metric, or null for any other metric. */
  public static String modelOf(String metric) {
    return keyOf(BY_MODEL, metric);
  }

  /** H100e hosted here whose controller is domiciled in {@code country}. */
  public static String hostedByController(String country) {
    return BY_CONTROLLER + country;
  }

  /** H100e hosted here on chips of vendors domiciled in {@code country}. */
  public static String hostedByVendor(String country) {
    return BY_VENDOR + country;
  }

  /** H100e controlled from here and hosted in {@code country}. */
  public static String controlledByHost(String country) {
    return BY_HOST + country;
  }

  /** A program's sites (not cancelled) located in {@code country}. */
  public static String sitesIn(String country) {
    return COUNTRY_SITES + country;
  }

  static String controllerOf(String metric) {
    return keyOf(BY_CONTROLLER, metric);
  }

  static String vendorOf(String metric) {
    return keyOf(BY_VENDOR, metric);
  }

  static String hostOf(String metric) {
    return keyOf(BY_HOST, metric);
  }

  static String countryOf(String metric) {
    return keyOf(COUNTRY_SITES, metric);
  }

  private static String keyOf(String prefix, String metric) {
    return metric.startsWith(prefix) ? metric.substring(prefix.length()) : null;
  }
}
