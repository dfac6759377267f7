package io.gigawatt.importer.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the ledger holds of one record: its site's planned and energized MW and its contract's GPUs
 * by catalog model. Read back from the site's and contract's audit trails, or wanted by a record.
 *
 * @param plannedMw null while no site exists
 * @param contractSigned false while no contract exists
 */
public record LedgerState(
    Double plannedMw,
    double energizedMw,
    double deEnergizedMw,
    boolean decommissioned,
    boolean contractSigned,
    Map<String, Long> delivered,
    Map<String, Long> retired) {

  public static final LedgerState EMPTY =
      new LedgerState(null, 0, 0, false, false, Map.of(), Map.of());

  public LedgerState {
    delivered = Map.copyOf(delivered);
    retired = Map.copyOf(retired);
  }

  public boolean siteExists() {
    return plannedMw != null;
  }

  public double energizedNowMw() {
    return energizedMw - deEnergizedMw;
  }

  public long delivered(String model) {
    return delivered.getOrDefault(model, 0L);
  }

  public long retired(String model) {
    return retired.getOrDefault(model, 0L);
  }

  /** Folds an audit trail: each method is one event kind. */
  public static final class Builder {
    private Double plannedMw;
    private double energizedMw;
    private double deEnergizedMw;
    private boolean decommissioned;
    private boolean contractSigned;
    private final Map<String, Long> delivered = new TreeMap<>();
    private final Map<String, Long> retired = new TreeMap<>();

    public Builder planned(double mw) {
      plannedMw = mw;
      return this;
    }

    public Builder energized(double mw) {
      energizedMw += mw;
      return this;
    }

    public Builder deEnergized(double mw) {
      deEnergizedMw += mw;
      return this;
    }

    public Builder decommissioned() {
      decommissioned = true;
      return this;
    }

    public Builder signed() {
      contractSigned = true;
      return this;
    }

    public Builder delivered(String model, long count) {
      delivered.merge(model, count, Long::sum);
      return this;
    }

    public Builder retired(String model, long count) {
      retired.merge(model, count, Long::sum);
      return this;
    }

    public LedgerState build() {
      return new LedgerState(
          plannedMw,
          energizedMw,
          deEnergizedMw,
          decommissioned,
          contractSigned,
          delivered,
          retired);
    }
  }
}
