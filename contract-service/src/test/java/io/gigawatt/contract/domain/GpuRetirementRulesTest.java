package io.gigawatt.contract.domain;

import static io.gigawatt.contract.domain.Fixtures.SIGNED;
import static io.gigawatt.contract.domain.Fixtures.SOURCE;
import static io.gigawatt.contract.domain.Fixtures.TERMINATED;
import static io.gigawatt.contract.domain.Fixtures.delivered;
import static io.gigawatt.contract.domain.Fixtures.delivery;
import static io.gigawatt.support.domain.DeciderFixture.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.GpusRetired;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retiring GPUs; {@code delivered(...)} puts 64,000 GB200s at "abilene" on 2025-09-26. */
class GpuRetirementRulesTest {
  static final ContractDecider DECIDER = ContractDecider.INSTANCE;
  static final GpusDelivered D1 = delivered("d1", 64_000);

  static RetireGpus retire(String site, String model, long count, String on) {
    return new RetireGpus(
        "c1",
        new GpuRetirement(site, model, count, LocalDate.parse(on), SOURCE, Confidence.REPORTED));
  }

  static GpusRetired retired(long count, String on) {
    return new GpusRetired(
        "c1", "abilene", "nvidia-gb200", count, LocalDate.parse(on), SOURCE, Confidence.REPORTED);
  }

  @Test
  void retiringRecordsGpusRetired() {
    given(DECIDER, SIGNED, D1)
        .when(retire("abilene", "nvidia-gb200", 64_000, "2028-01-01"))
        .thenEvents(retired(64_000, "2028-01-01"));
  }

  @Test
  void neverMoreThanWereDeliveredLessThoseRetired() {
    given(DECIDER, SIGNED, D1)
        .when(retire("abilene", "nvidia-gb200", 64_001, "2028-01-01"))
        .thenRejected("retirement-exceeds-delivered");
    given(DECIDER, SIGNED, D1, retired(60_000, "2027-01-01"))
        .when(retire("abilene", "nvidia-gb200", 4_001, "2028-01-01"))
        .thenRejected("retirement-exceeds-delivered");
    given(DECIDER, SIGNED, D1, retired(60_000, "2027-01-01"))
        .when(retire("abilene", "nvidia-gb200", 4_000, "2028-01-01"))
        .thenEvents(retired(4_000, "2028-01-01"));
  }

  @Test
  void anEarlierRetirementMayNotEmptyALaterDate() {
    // 64,000 in service until 2027, 4,000 after: 5,000 retired in 2026 would leave -1,000 in 2027
    given(DECIDER, SIGNED, D1, retired(60_000, "2027-01-01"))
        .when(retire("abilene", "nvidia-gb200", 5_000, "2026-06-01"))
        .thenRejected("retirement-exceeds-delivered");
  }

  @Test
  void onlyDeliveriesDatedByTheRetirementCount() {
    var later =
        new GpusDelivered(
            "c1",
            "d2",
            "abilene",
            "nvidia-gb200",
            36_000,
            LocalDate.parse("2026-06-01"),
            SOURCE,
            Confidence.REPORTED,
            null);
    given(DECIDER, SIGNED, D1, later)
        .when(retire("abilene", "nvidia-gb200", 64_001, "2026-05-31"))
        .thenRejected("retirement-exceeds-delivered");
    given(DECIDER, SIGNED, D1, later)
        .when(retire("abilene", "nvidia-gb200", 100_000, "2026-06-01"))
        .thenEvents(retired(100_000, "2026-06-01"));
  }

  @Test
  void aRetirementIsNotDatedBeforeTheFirstDeliveryOfThatModelToThatSite() {
    given(DECIDER, SIGNED, D1)
        .when(retire("abilene", "nvidia-gb200", 1, "2025-09-25"))
        .thenRejected("retirement-before-delivery");
    given(DECIDER, SIGNED, D1)
        .when(retire("milam", "nvidia-gb200", 1, "2028-01-01"))
        .thenRejected("retirement-before-delivery");
    given(DECIDER, SIGNED, D1)
        .when(retire("abilene", "nvidia-h100", 1, "2028-01-01"))
        .thenRejected("retirement-before-delivery");
    given(DECIDER, SIGNED)
        .when(retire("abilene", "nvidia-gb200", 1, "2028-01-01"))
        .thenRejected("retirement-before-delivery");
  }

  @Test
  void theGpusOfATerminatedContractMayBeRetired() {
    given(DECIDER, SIGNED, D1, TERMINATED)
        .when(retire("abilene", "nvidia-gb200", 1_000, "2028-01-01"))
        .thenEvents(retired(1_000, "2028-01-01"));
  }

  @Test
  void anUnsignedContractRetiresNothing() {
    given(DECIDER)
        .when(retire("abilene", "nvidia-gb200", 1, "2028-01-01"))
        .thenRejected("contract-not-signed");
  }

  @Test
  void everyBadFieldIsNamed() {
    given(DECIDER, SIGNED, D1)
        .when(new RetireGpus("c1", new GpuRetirement(null, "nvidia-rtx-9090", 0L, null, " ", null)))
        .thenInvalid("siteId", "gpuModel", "count", "retiredOn", "source", "confidence");
  }

  @Test
  void theStateCountsRetiredGpusBesideTheDelivered() {
    List<ContractEvent> events = List.of(SIGNED, D1, retired(4_000, "2028-01-01"));
    var contract = DECIDER.fold(events);
    assertThat(contract.gpusDelivered()).isEqualTo(64_000);
    assertThat(contract.gpusRetired()).isEqualTo(4_000);
    assertThat(contract.gpusInServiceBySite()).containsExactly(entry("abilene", 60_000L));
    assertThat(contract.movements())
        .extracting(GpuMovement::count)
        .containsExactly(64_000L, -4_000L);
  }

  @Test
  void noDeliveryToADecommissionedSiteFromItsDecommissioning() {
    var site =
        new KnownSite(
            "abilene",
            SiteStatus.DECOMMISSIONED,
            "Abilene",
            "US",
            9,
            LocalDate.parse("2026-01-01"));
    given(DECIDER, SIGNED)
        .when(
            new DeliverGpus(
                "c1", delivery("d1", "abilene", "nvidia-gb200", 10, "2026-01-01"), site))
        .thenRejected("site-decommissioned");
    given(DECIDER, SIGNED)
        .when(
            new DeliverGpus(
                "c1", delivery("d1", "abilene", "nvidia-gb200", 10, "2025-12-31"), site))
        .thenEvents(
            new GpusDelivered(
                "c1",
                "d1",
                "abilene",
                "nvidia-gb200",
                10,
                LocalDate.parse("2025-12-31"),
                SOURCE,
                Confidence.REPORTED,
                null));
  }
}
