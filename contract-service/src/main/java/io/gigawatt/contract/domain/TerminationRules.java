package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.support.domain.Decision;

/** Ending a contract before its term; a terminated contract takes no further command. */
final class TerminationRules {
  private TerminationRules() {}

  static Decision<ContractEvent> decide(Contract contract, TerminateContract command) {
    var t = command.termination();
    ContractDecider.throwIfInvalid(t.validate());
    if (contract.isTerminated()) {
      return ContractDecider.terminated(contract);
    }
    if (t.terminatedOn().isBefore(contract.terms().signedOn())) {
      return Decision.reject(
          "termination-before-signing",
          "terminatedOn is before signedOn " + contract.terms().signedOn());
    }
    return Decision.accept(
        new ContractTerminated(
            command.contractId(), t.reason(), t.terminatedOn(), t.source(), t.confidence()));
  }
}
