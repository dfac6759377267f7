package io.gigawatt.contract.domain;

import static io.gigawatt.contract.domain.Fixtures.SIGNED;
import static io.gigawatt.contract.domain.Fixtures.SOURCE;
import static io.gigawatt.contract.domain.Fixtures.TERMINATED;
import static io.gigawatt.contract.domain.Fixtures.amend;
import static io.gigawatt.contract.domain.Fixtures.amended;
import static io.gigawatt.contract.domain.Fixtures.delivered;
import static io.gigawatt.support.domain.DeciderFixture.given;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractSigned;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentRulesTest {
  static final ContractDecider DECIDER = ContractDecider.INSTANCE;

  @Test
  void anAmendmentRecordsOnlyTheTermsThatChange() {
    var command =
        new AmendContract(
            "c1",
            new ContractAmendment(
                LocalDate.parse("2025-12-01"),
                350_000_000_000L,
                4500.0,
                100_000,
                72,
                List.of("abilene"),
                "extended",
                SOURCE,
                Confidence.CONFIRMED));
    given(DECIDER, SIGNED)
        .when(command)
        .thenEvents(
            new ContractAmended(
                "c1",
                350_000_000_000L,
                null,
                null,
                72,
                null,
                "extended",
                LocalDate.parse("2025-12-01"),
                SOURCE,
                Confidence.CONFIRMED));
  }

  @Test
  void anAmendmentRaisesTheGpuCount() {
    given(DECIDER, SIGNED, delivered("d1", 64_000))
        .when(amend(150_000, null))
        .thenEvents(amended(150_000, null));
  }

  @Test
  void theGpuCountNeverDropsBelowWhatWasDelivered() {
    given(DECIDER, SIGNED, delivered("d1", 64_000))
        .when(amend(63_999, null))
        .thenRejected("gpu-count-below-delivered");
  }

  @Test
  void theGpuCountMayDropToWhatWasDelivered() {
    given(DECIDER, SIGNED, delivered("d1", 64_000))
        .when(amend(64_000, null))
        .thenEvents(amended(64_000, null));
  }

  @Test
  void aGpuCountNeedsACommittedModel() {
    given(DECIDER, withoutGpus()).when(amend(1_000, null)).thenRejected("gpu-count-without-model");
  }

  @Test
  void theSitesKeepEverySiteThatReceivedGpus() {
    given(DECIDER, SIGNED, delivered("d1", 10))
        .when(amend(null, List.of("milam")))
        .thenRejected("delivered-site-removed");
  }

  @Test
  void sitesWithoutDeliveriesMayBeReplaced() {
    given(DECIDER, SIGNED)
        .when(amend(null, List.of("milam", "lordstown")))
        .thenEvents(amended(null, List.of("milam", "lordstown")));
  }

  @Test
  void anAmendmentThatChangesNothingIsRefused() {
    given(DECIDER, SIGNED)
        .when(amend(100_000, List.of("abilene")))
        .thenRejected("amendment-changes-nothing");
  }

  @Test
  void noAmendmentBeforeSigning() {
    var early =
        new AmendContract(
            "c1",
            new ContractAmendment(
                LocalDate.parse("2025-01-01"),
                1L,
                null,
                null,
                null,
                null,
                null,
                SOURCE,
                Confidence.REPORTED));
    given(DECIDER, SIGNED).when(early).thenRejected("amendment-before-signing");
  }

  @Test
  void aTerminatedContractIsNotAmended() {
    given(DECIDER, SIGNED, TERMINATED)
        .when(amend(150_000, null))
        .thenRejected("contract-terminated");
  }

  @Test
  void anAmendmentSetsATermAndNamesItsDateAndProvenance() {
    var empty =
        new AmendContract(
            "c1", new ContractAmendment(null, null, null, null, null, null, "why", " ", null));
    given(DECIDER, SIGNED).when(empty).thenInvalid("body", "amendedOn", "source", "confidence");
  }

  @Test
  void amendedTermsFollowTheSigningRules() {
    var bad =
        new AmendContract(
            "c1",
            new ContractAmendment(
                LocalDate.parse("2025-12-01"),
                -1L,
                -1.0,
                0,
                0,
                List.of("a", "a"),
                null,
                SOURCE,
                Confidence.REPORTED));
    given(DECIDER, SIGNED)
        .when(bad)
        .thenInvalid("valueUsd", "committedMw", "gpuCount", "termMonths", "siteIds");
  }

  @Test
  void termsBeyondTheirPhysicalBoundsAreInvalid() {
    var tooLarge =
        new AmendContract(
            "c1",
            new ContractAmendment(
                LocalDate.parse("2101-01-01"),
                100_000_000_000_001L,
                Double.POSITIVE_INFINITY,
                100_000_001,
                1_201,
                List.of("s".repeat(101)),
                "r".repeat(201),
                "s".repeat(2_001),
                Confidence.REPORTED));
    given(DECIDER, SIGNED)
        .when(tooLarge)
        .thenInvalid(
            "amendedOn",
            "valueUsd",
            "committedMw",
            "gpuCount",
            "termMonths",
            "siteIds[0]",
            "reason",
            "source");
  }

  private static ContractSigned withoutGpus() {
    var s = SIGNED;
    return new ContractSigned(
        s.contractId(),
        s.kind(),
        s.title(),
        s.program(),
        s.parties(),
        s.valueUsd(),
        s.termMonths(),
        s.committedMw(),
        null,
        null,
        s.siteIds(),
        s.occurredOn(),
        s.source(),
        s.confidence());
  }
}
