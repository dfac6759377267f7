package io.gigawatt.contract.domain;

import static io.gigawatt.contract.domain.Fixtures.SIGNED;
import static io.gigawatt.contract.domain.Fixtures.TERMINATED;
import static io.gigawatt.contract.domain.Fixtures.delivered;
import static io.gigawatt.contract.domain.Fixtures.terminate;
import static io.gigawatt.support.domain.DeciderFixture.given;

import org.junit.jupiter.api.Test;

class TerminationRulesTest {
  static final ContractDecider DECIDER = ContractDecider.INSTANCE;

  @Test
  void terminatingRecordsContractTerminated() {
    given(DECIDER, SIGNED, delivered("d1", 10))
        .when(terminate("2026-01-15"))
        .thenEvents(TERMINATED);
  }

  @Test
  void aContractIsTerminatedOnce() {
    given(DECIDER, SIGNED, TERMINATED)
        .when(terminate("2026-02-01"))
        .thenRejected("contract-terminated");
  }

  @Test
  void noTerminationBeforeSigning() {
    given(DECIDER, SIGNED).when(terminate("2025-07-21")).thenRejected("termination-before-signing");
  }

  @Test
  void aTerminationNamesItsDateReasonAndProvenance() {
    given(DECIDER, SIGNED)
        .when(new TerminateContract("c1", new ContractTermination(null, " ", null, null)))
        .thenInvalid("terminatedOn", "reason", "source", "confidence");
  }
}
