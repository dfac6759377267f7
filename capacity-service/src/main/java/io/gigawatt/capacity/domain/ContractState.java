package io.gigawatt.capacity.domain;

import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.ContractTerminated;
import java.math.BigDecimal;
import java.util.List;

/**
 * A contract as the events applied so far make it. Each term takes the value of the highest
 * sequence that sets it (the signing sets them all, an amendment those it carries), whatever order
 * the events arrive in; a termination is final. Amendments of a contract not signed yet are kept;
 * it counts nowhere until its signing arrives.
 *
 * @param profile null until the signing is applied
 */
public record ContractState(
    String contractId,
    ContractProfile profile,
    Versioned<Long> valueUsd,
    Versioned<BigDecimal> committedMw,
    Versioned<Integer> gpuCount,
    Versioned<Integer> termMonths,
    Versioned<List<String>> siteIds,
    boolean terminated) {

  public static ContractState unknown(String contractId) {
    return new ContractState(contractId, null, null, null, null, null, null, false);
  }

  public boolean signed() {
    return profile != null;
  }

  /** Signed and not terminated: only active contracts count in the figures. */
  public boolean active() {
    return signed() && !terminated;
  }

  public long currentValueUsd() {
    return Versioned.valueOf(valueUsd, 0L);
  }

  public BigDecimal currentCommittedMw() {
    return Versioned.valueOf(committedMw, BigDecimal.ZERO);
  }

  public List<String> currentSiteIds() {
    return Versioned.valueOf(siteIds, List.of());
  }

  /** This state with one more of the contract's events applied; deliveries change sites only. */
  public ContractState evolve(ContractEvent event, long sequence) {
    if (event instanceof ContractSigned e) {
      return new ContractState(
          contractId,
          ContractProfile.of(e),
          Versioned.later(valueUsd, e.valueUsd() == null ? 0L : e.valueUsd(), sequence),
          Versioned.later(committedMw, mw(e.committedMw()), sequence),
          Versioned.later(gpuCount, e.gpuCount(), sequence),
          Versioned.later(termMonths, e.termMonths(), sequence),
          Versioned.later(siteIds, distinct(e.siteIds()), sequence),
          terminated);
    } else if (event instanceof ContractAmended e) {
      return new ContractState(
          contractId,
          profile,
          e.valueUsd() == null ? valueUsd : Versioned.later(valueUsd, e.valueUsd(), sequence),
          e.committedMw() == null
              ? committedMw
              : Versioned.later(committedMw, mw(e.committedMw()), sequence),
          e.gpuCount() == null ? gpuCount : Versioned.later(gpuCount, e.gpuCount(), sequence),
          e.termMonths() == null
              ? termMonths
              : Versioned.later(termMonths, e.termMonths(), sequence),
          e.siteIds() == null ? siteIds : Versioned.later(siteIds, distinct(e.siteIds()), sequence),
          terminated);
    } else if (event instanceof ContractTerminated) {
      return new ContractState(
          contractId, profile, valueUsd, committedMw, gpuCount, termMonths, siteIds, true);
    }
    return this;
  }

  private static BigDecimal mw(Double value) {
    return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
  }

  private static List<String> distinct(List<String> ids) {
    return ids.stream().distinct().toList();
  }
}
