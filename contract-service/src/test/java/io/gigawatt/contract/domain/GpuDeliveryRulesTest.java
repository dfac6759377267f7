package io.gigawatt.contract.domain;

import static io.gigawatt.contract.domain.Fixtures.SIGNED;
import static io.gigawatt.contract.domain.Fixtures.TERMINATED;
import static io.gigawatt.contract.domain.Fixtures.amended;
import static io.gigawatt.contract.domain.Fixtures.deliver;
import static io.gigawatt.contract.domain.Fixtures.delivered;
import static io.gigawatt.contract.domain.Fixtures.delivery;
import static io.gigawatt.support.domain.DeciderFixture.given;

import io.gigawatt.events.Organization;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuDeliveryRulesTest {
  static final ContractDecider DECIDER = ContractDecider.INSTANCE;

  @Test
  void deliveringRecordsGpusDelivered() {
    given(DECIDER, SIGNED)
        .when(deliver("d1", 64_000, "2025-09-26"))
        .thenEvents(delivered("d1", 64_000));
  }

  @Test
  void deliveriesGoToSitesInAnyStatusButCancelled() {
    for (var status :
        new SiteStatus[] {
          SiteStatus.ANNOUNCED, SiteStatus.UNDER_CONSTRUCTION, SiteStatus.OPERATIONAL
        }) {
      given(DECIDER, SIGNED)
          .when(deliver("d1", 64_000, "2025-09-26", status))
          .thenEvents(delivered("d1", 64_000));
    }
  }

  @Test
  void deliveriesNeverExceedTheCommittedCount() {
    given(DECIDER, SIGNED, delivered("d1", 64_000))
        .when(deliver("d2", 36_001, "2025-10-01"))
        .thenRejected("delivery-exceeds-commitment");
  }

  @Test
  void anAmendmentRaisingTheCountAllowsMore() {
    given(DECIDER, SIGNED, delivered("d1", 64_000), amended(120_000, null))
        .when(deliver("d2", 56_000, "2025-09-26"))
        .thenEvents(delivered("d2", 56_000));
  }

  @Test
  void theAmendedCountIsTheNewLimit() {
    given(DECIDER, SIGNED, delivered("d1", 64_000), amended(120_000, null))
        .when(deliver("d2", 56_001, "2025-12-02"))
        .thenRejected("delivery-exceeds-commitment");
  }

  @Test
  void aDeliveryIdDeliversOnce() {
    given(DECIDER, SIGNED, delivered("d1", 10))
        .when(deliver("d1", 10, "2025-10-01"))
        .thenRejected("delivery-exists");
  }

  @Test
  void deliveriesGoToCoveredSitesOnly() {
    given(DECIDER, SIGNED)
        .when(
            new DeliverGpus(
                "c1",
                delivery("d1", "elsewhere", "nvidia-gb200", 10, "2025-10-01"),
                SiteStatus.ANNOUNCED))
        .thenRejected("site-not-covered");
  }

  @Test
  void anAmendmentAddingASiteOpensItToDeliveries() {
    given(DECIDER, SIGNED, amended(null, List.of("abilene", "milam")))
        .when(
            new DeliverGpus(
                "c1",
                delivery("d1", "milam", "nvidia-gb200", 10, "2025-09-26"),
                SiteStatus.ANNOUNCED))
        .thenEvents(delivered("d1", "milam", 10));
  }

  @Test
  void deliveriesGoToKnownSitesOnly() {
    given(DECIDER, SIGNED)
        .when(deliver("d1", 10, "2025-10-01", SiteStatus.UNKNOWN))
        .thenRejected("site-unknown");
  }

  @Test
  void noDeliveryToACancelledSite() {
    given(DECIDER, SIGNED)
        .when(deliver("d1", 10, "2025-10-01", SiteStatus.CANCELLED))
        .thenRejected("site-cancelled");
  }

  @Test
  void deliveriesBringTheCommittedModel() {
    given(DECIDER, SIGNED)
        .when(
            new DeliverGpus(
                "c1",
                delivery("d1", "abilene", "amd-mi355x", 10, "2025-10-01"),
                SiteStatus.ANNOUNCED))
        .thenRejected("gpu-model-mismatch");
  }

  @Test
  void noDeliveryBeforeSigning() {
    given(DECIDER, SIGNED)
        .when(deliver("d1", 10, "2025-01-01"))
        .thenRejected("delivery-before-signing");
  }

  @Test
  void noDeliveryOnATerminatedContract() {
    given(DECIDER, SIGNED, TERMINATED)
        .when(deliver("d1", 10, "2025-10-01"))
        .thenRejected("contract-terminated");
  }

  @Test
  void aDeliveryNeedsAKnownModelAPositiveCountAndProvenance() {
    given(DECIDER, SIGNED)
        .when(
            new DeliverGpus(
                "c1",
                new GpuDelivery(
                    "d1", "abilene", "nvidia-rtx-9090", 0L, LocalDate.now(), " ", null, null),
                SiteStatus.ANNOUNCED))
        .thenInvalid("gpuModel", "count", "source", "confidence");
  }

  @Test
  void aDeliveryNamingItsOwnerRecordsIt() {
    var mgx = new Organization("MGX", "AE");
    given(DECIDER, SIGNED)
        .when(deliverOwnedBy(mgx))
        .thenEvents(delivered("d1", "abilene", 64_000, mgx));
  }

  @Test
  void anOwnerMayHaveAnUnknownHomeCountry() {
    var unknown = new Organization("Unknown owner", "XX");
    given(DECIDER, SIGNED)
        .when(deliverOwnedBy(unknown))
        .thenEvents(delivered("d1", "abilene", 64_000, unknown));
  }

  @Test
  void anOwnerNeedsABoundedNameAndAnAssignedCountryCode() {
    for (var owner :
        List.of(
            new Organization(null, null),
            new Organization(" ", "ae"),
            new Organization("m".repeat(201), "QQ"))) {
      given(DECIDER, SIGNED).when(deliverOwnedBy(owner)).thenInvalid("owner.name", "owner.country");
    }
    given(DECIDER, SIGNED)
        .when(deliverOwnedBy(new Organization("m".repeat(200), "ARE")))
        .thenInvalid("owner.country");
  }

  private static DeliverGpus deliverOwnedBy(Organization owner) {
    return new DeliverGpus(
        "c1",
        delivery("d1", "abilene", "nvidia-gb200", 64_000, "2025-09-26", owner),
        SiteStatus.ANNOUNCED);
  }
}
