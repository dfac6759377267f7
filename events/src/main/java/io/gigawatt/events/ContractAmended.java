package io.gigawatt.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract's terms changed; only the fields that change are set, the others are null. Type {@code
 * io.gigawatt.contract.amended.v1}.
 */
public record ContractAmended(
    String contractId,
    Long valueUsd,
    Double committedMw,
    Integer gpuCount,
    Integer termMonths,
    List<String> siteIds,
    String reason,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements ContractEvent {

  public ContractAmended {
    siteIds = siteIds == null ? null : List.copyOf(siteIds);
  }
}
