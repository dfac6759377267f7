package io.gigawatt.contract.domain;

import static io.gigawatt.contract.domain.Fixtures.SIGNED;
import static io.gigawatt.contract.domain.Fixtures.SIGNED_ON;
import static io.gigawatt.contract.domain.Fixtures.SOURCE;
import static io.gigawatt.contract.domain.Fixtures.TERMINATED;
import static io.gigawatt.contract.domain.Fixtures.deliver;
import static io.gigawatt.contract.domain.Fixtures.terms;
import static io.gigawatt.support.domain.DeciderFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing, and what every contract command shares. */
class ContractDeciderTest {
  static final ContractDecider DECIDER = ContractDecider.INSTANCE;

  @Test
  void signingRecordsContractSigned() {
    given(DECIDER).when(new SignContract("c1", terms("nvidia-gb200", 100_000))).thenEvents(SIGNED);
  }

  @Test
  void aContractIsSignedOnce() {
    given(DECIDER, SIGNED)
        .when(new SignContract("c1", terms("nvidia-gb200", 100_000)))
        .thenRejected("contract-exists");
  }

  @Test
  void unknownGpuModelsAndBadPartiesAreNamed() {
    var bad =
        new ContractTerms(
            ContractKind.GPU_SUPPLY,
            "t",
            null,
            List.of(new Party("Nobody", "ZZ", null)),
            -1L,
            0,
            null,
            "nvidia-rtx-9090",
            10,
            List.of("a", "a"),
            SIGNED_ON,
            SOURCE,
            Confidence.REPORTED);
    given(DECIDER)
        .when(new SignContract("c1", bad))
        .thenInvalid(
            "parties[0].country",
            "parties[0].role",
            "valueUsd",
            "termMonths",
            "gpuModel",
            "siteIds");
  }

  @Test
  void commandsOnAContractNeverSignedAreRejected() {
    given(DECIDER).when(deliver("d1", 10, "2025-10-01")).thenRejected("contract-not-signed");
  }

  @Test
  void theStateShowsStatusTermsAndDeliveries() {
    var contract =
        DECIDER.fold(
            List.of(SIGNED, Fixtures.delivered("d1", 10), Fixtures.amended(200_000, null)));
    assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.terms().gpuCount()).isEqualTo(200_000);
    assertThat(contract.terms().committedMw()).isEqualTo(4500.0);
    assertThat(contract.gpusDelivered()).isEqualTo(10);

    var ended = DECIDER.evolve(contract, TERMINATED);
    assertThat(ended.status()).isEqualTo(ContractStatus.TERMINATED);
    assertThat(ended.terminatedOn()).isEqualTo(TERMINATED.occurredOn());
  }
}
