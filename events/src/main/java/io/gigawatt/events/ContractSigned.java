package io.gigawatt.events;

import java.time.LocalDate;
import java.util.List;

/** A contract was signed. Type {@code io.gigawatt.contract.signed.v1}. */
public record ContractSigned(
    String contractId,
    ContractKind kind,
    String title,
    String program,
    List<Party> parties,
    Long valueUsd,
    Integer termMonths,
    Double committedMw,
    String gpuModel,
    Integer gpuCount,
    List<String> siteIds,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements ContractEvent {

  public ContractSigned {
    parties = List.copyOf(parties);
    siteIds = siteIds == null ? List.of() : List.copyOf(siteIds);
  }
}
