package io.gigawatt.contract.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigawatt.contract.domain.Contract;
import io.gigawatt.contract.domain.ContractStatus;
import io.gigawatt.contract.domain.ContractTerms;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code GET /api/v1/contracts/{id}}: status, current (amended) terms, GPUs delivered (retired ones
 * included) and GPUs retired.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContractView(
    String contractId,
    ContractStatus status,
    ContractTerms terms,
    long gpusDelivered,
    Map<String, Long> gpusDeliveredBySite,
    long gpusRetired,
    Map<String, Long> gpusInServiceBySite,
    LocalDate terminatedOn) {

  static ContractView of(Contract c) {
    return new ContractView(
        c.contractId(),
        c.status(),
        c.terms(),
        c.gpusDelivered(),
        c.gpusBySite(),
        c.gpusRetired(),
        c.gpusInServiceBySite(),
        c.terminatedOn());
  }
}
