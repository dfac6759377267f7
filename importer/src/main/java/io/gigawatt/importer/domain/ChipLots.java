package io.gigawatt.importer.domain;

import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.GpuModel;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The GPUs of a record by catalog model: its primary and secondary chips where each names a type of
 * the catalog and a quantity; otherwise its H100e estimate as {@link #UNSPECIFIED} chips, each
 * exactly one H100e, so that no compute is dropped.
 */
public final class ChipLots {
  public static final String UNSPECIFIED = "unspecified-h100e";

  private ChipLots() {}

  public static Map<String, Long> of(EpochRecord record) {
    Map<String, Long> lots = new TreeMap<>();
    boolean allKnown = true;
    for (ChipLine line : new ChipLine[] {record.primary(), record.secondary()}) {
      if (line.complete()) {
        Optional<GpuModel> model = GpuCatalog.forEpochChipType(line.type());
        model.ifPresent(m -> lots.merge(m.id(), line.quantity(), Long::sum));
        allKnown &= model.isPresent();
      }
    }
    if (!lots.isEmpty() && allKnown) {
      return lots;
    }
    long estimate = record.h100e() == null ? 0 : Math.round(record.h100e());
    return estimate >= 1 ? Map.of(UNSPECIFIED, estimate) : Map.of();
  }

  /** True when the record's GPUs are its H100e estimate rather than named chips. */
  public static boolean estimated(Map<String, Long> lots) {
    return lots.containsKey(UNSPECIFIED);
  }

  /** The chips' total TDP in MW, from the catalog (0 for a model it lacks). */
  static double tdpMw(Map<String, Long> lots) {
    return lots.entrySet().stream()
        .mapToDouble(
            lot -> GpuCatalog.find(lot.getKey()).map(m -> m.powerMw(lot.getValue())).orElse(0.0))
        .sum();
  }
}
