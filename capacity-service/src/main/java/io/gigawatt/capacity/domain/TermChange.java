package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one contract event did to its terms on its business date: the signing sets them all, an
 * amendment those it carries (the others are null), a termination ends the contract.
 */
public record TermChange(
    LocalDate on,
    long sequence,
    Long valueUsd,
    BigDecimal committedMw,
    Integer gpuCount,
    Integer termMonths,
    List<String> siteIds,
    boolean terminates)
    implements Sequenced {

  public TermChange {
    siteIds = siteIds == null ? null : List.copyOf(siteIds);
  }
}
