package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.support.domain.Decision;

/**
 * Signing a contract. Its sites need not be known yet: a site may be announced after the contract
 * that covers it; deliveries are what require known sites.
 */
final class SigningRules {
  private SigningRules() {}

  static Decision<ContractEvent> decide(Contract contract, SignContract command) {
    if (contract != null) {
      return Decision.reject("contract-exists", "contract " + command.contractId() + " exists");
    }
    var t = command.terms();
    ContractDecider.throwIfInvalid(t.validate());
    return Decision.accept(
        new ContractSigned(
            command.contractId(),
            t.kind(),
            t.title(),
            t.program(),
            t.parties(),
            t.valueUsd(),
            t.termMonths(),
            t.committedMw(),
            t.gpuModel(),
            t.gpuCount(),
            t.siteIdsOrEmpty(),
            t.signedOn(),
            t.source(),
            t.confidence()));
  }

  static ContractTerms terms(ContractSigned e) {
    return new ContractTerms(
        e.kind(),
        e.title(),
        e.program(),
        e.parties(),
        e.valueUsd(),
        e.termMonths(),
        e.committedMw(),
        e.gpuModel(),
        e.gpuCount(),
        e.siteIds(),
        e.occurredOn(),
        e.source(),
        e.confidence());
  }
}
