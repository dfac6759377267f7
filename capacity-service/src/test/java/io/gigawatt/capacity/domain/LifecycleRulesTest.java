package io.gigawatt.capacity.domain;

import static io.gigawatt.capacity.domain.CapacityCalculatorTest.buyer;
import static io.gigawatt.capacity.domain.CapacityCalculatorTest.contract;
import static io.gigawatt.capacity.domain.CapacityCalculatorTest.site;
import static io.gigawatt.capacity.domain.ContractEventKind.AMENDED;
import static io.gigawatt.capacity.domain.ContractEventKind.TERMINATED;
import static io.gigawatt.capacity.domain.SiteEventKind.CANCELLED;
import static io.gigawatt.capacity.domain.SiteEventKind.CAPACITY_REVISED;
import static io.gigawatt.capacity.domain.SiteEventKind.CONSTRUCTION_STARTED;
import static io.gigawatt.capacity.domain.SiteEventKind.PHASE_ENERGIZED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules of the site and contract lifecycles, through the calculator. */
class LifecycleRulesTest {
  static final SiteFact JP_1 = site("jp-1", "JP", 1000);
  static final SiteFact AE_1 = site("ae-1", "AE", 300);

  @Test
  void aSiteWithoutLifecycleEventsIsAnnounced() {
    assertThat(status(JP_1)).isEqualTo(SiteStatus.ANNOUNCED);
  }

  @Test
  void constructionStartedMakesASiteUnderConstruction() {
    assertThat(status(JP_1, event("jp-1", 2, CONSTRUCTION_STARTED, 0)))
        .isEqualTo(SiteStatus.UNDER_CONSTRUCTION);
  }

  @Test
  void theFirstEnergizedPhaseMakesASiteOperationalWhateverTheOrder() {
    var construction = event("jp-1", 2, CONSTRUCTION_STARTED, 0);
    var phase = event("jp-1", 3, PHASE_ENERGIZED, 100);

    assertThat(status(JP_1, construction, phase)).isEqualTo(SiteStatus.OPERATIONAL);
    assertThat(status(JP_1, phase, construction)).isEqualTo(SiteStatus.OPERATIONAL);
    assertThat(status(JP_1, phase)).isEqualTo(SiteStatus.OPERATIONAL);
  }

  @Test
  void cancellationWinsWhateverTheOrder() {
    var events =
        new ArrayList<>(
            List.of(
                event("jp-1", 2, CONSTRUCTION_STARTED, 0),
                event("jp-1", 3, PHASE_ENERGIZED, 100),
                event("jp-1", 4, CANCELLED, 0),
                event("jp-1", 5, CAPACITY_REVISED, 2000)));
    var random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(events, random);
      assertThat(status(JP_1, events.toArray(SiteEventFact[]::new)))
          .isEqualTo(SiteStatus.CANCELLED);
    }
  }

  @Test
  void aCancelledSiteCountsAsCancelledWithoutPlannedOrEnergizedMw() {
    var events = List.of(event("ae-1", 2, PHASE_ENERGIZED, 100), event("ae-1", 3, CANCELLED, 0));

    var ae = calculate(List.of(AE_1), events, List.of(), List.of(), List.of()).region("AE");

    assertThat(ae.sites()).isEqualTo(new SiteCounts(0, 0, 0, 1));
    assertThat(ae.powerMw()).isEqualTo(new PowerMw(0, 0, 0));
  }

  @Test
  void plannedMwIsTheRevisionWithTheHighestSequenceWhateverTheArrivalOrder() {
    var earlier = event("jp-1", 3, CAPACITY_REVISED, 1200);
    var later = event("jp-1", 5, CAPACITY_REVISED, 900);

    assertThat(folded(JP_1, earlier, later).plannedMw()).isEqualTo(900);
    assertThat(folded(JP_1, later, earlier).plannedMw()).isEqualTo(900);
    assertThat(folded(JP_1, earlier).plannedMw()).isEqualTo(1200);
    assertThat(folded(JP_1).plannedMw()).isEqualTo(1000);
  }

  @Test
  void aRevisionOlderThanTheAnnouncementDoesNotOverrideIt() {
    var announcedLate = new SiteFact("jp-1", "JP", 1000, 4);

    assertThat(folded(announcedLate, event("jp-1", 3, CAPACITY_REVISED, 5)).plannedMw())
        .isEqualTo(1000);
  }

  @Test
  void energizedMwIsTheSumOfTheEnergizedPhases() {
    var events =
        List.of(
            event("jp-1", 2, CONSTRUCTION_STARTED, 0),
            event("jp-1", 4, PHASE_ENERGIZED, 300),
            event("jp-1", 6, PHASE_ENERGIZED, 200));

    var jp = calculate(List.of(JP_1), events, List.of(), List.of(), List.of()).region("JP");

    assertThat(jp.sites()).isEqualTo(new SiteCounts(0, 0, 1, 0));
    assertThat(jp.powerMw()).isEqualTo(new PowerMw(1000, 0, 500));
    assertThat(jp.worldShare().energizedMw()).isEqualTo(1.0);
  }

  @Test
  void underConstructionIsTheCurrentPlannedMwOfSitesUnderConstruction() {
    var events =
        List.of(
            event("jp-1", 2, CONSTRUCTION_STARTED, 0), event("jp-1", 3, CAPACITY_REVISED, 1400));

    var jp =
        calculate(List.of(JP_1, site("jp-2", "JP", 50)), events, List.of(), List.of(), List.of())
            .region("JP");

    assertThat(jp.sites()).isEqualTo(new SiteCounts(1, 1, 0, 0));
    assertThat(jp.powerMw()).isEqualTo(new PowerMw(1450, 1400, 0));
  }

  @Test
  void lifecycleEventsOfASiteNotAnnouncedYetCountNowhere() {
    var capacity =
        calculate(
            List.of(),
            List.of(event("jp-1", 2, PHASE_ENERGIZED, 100)),
            List.of(),
            List.of(),
            List.of());

    assertThat(capacity.regions()).isEmpty();
    assertThat(capacity.world().powerMw()).isEqualTo(new PowerMw(0, 0, 0));
  }

  @Test
  void aTerminatedContractNoLongerCounts() {
    var deal = contract("k-1", 1_000, 100, List.of("jp-1"), buyer("JP"));
    var termination = new ContractEventFact("k-1", 2, TERMINATED, ContractTerms.NONE);

    var capacity =
        calculate(List.of(JP_1), List.of(), List.of(deal), List.of(termination), List.of());

    assertThat(capacity.region("JP").contracts()).isEqualTo(new ContractFigures(0, 0, 0));
    assertThat(capacity.world().contracts()).isEqualTo(new ContractFigures(0, 0, 0));
  }

  @Test
  void eachAmendedTermTakesTheValueOfTheHighestSequenceThatSetsIt() {
    var signed =
        new ContractFact(
            "k-1",
            1,
            new ContractTerms(500L, 400.0, 1000, 60, List.of("jp-1")),
            List.of(buyer("US")));
    var amendments =
        new ArrayList<>(
            List.of(
                amendment(2, new ContractTerms(1_200L, 1_300.0, null, 36, null)),
                amendment(3, new ContractTerms(null, null, 2000, null, List.of("jp-1", "ae-1"))),
                amendment(4, new ContractTerms(null, 1_000.0, null, null, null))));
    var expected = new ContractTerms(1_200L, 1_000.0, 2000, 36, List.of("jp-1", "ae-1"));

    var random = new Random(11);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(amendments, random);
      var contract = ContractFold.contract(signed, amendments);
      assertThat(contract.terms()).isEqualTo(expected);
      assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    }
  }

  @Test
  void amendedValuesCountAndTheSplitFollowsTheCurrentSites() {
    var deal = contract("k-1", 500, 400, List.of("jp-1"), buyer("US"));
    var amendments =
        List.of(
            amendment(2, new ContractTerms(1_300L, null, null, null, List.of("jp-1", "ae-1"))),
            amendment(3, new ContractTerms(null, 1_300.0, null, null, null)));

    var capacity = calculate(List.of(JP_1, AE_1), List.of(), List.of(deal), amendments, List.of());

    assertThat(capacity.region("JP").contracts()).isEqualTo(new ContractFigures(1, 1000, 1000));
    assertThat(capacity.region("AE").contracts()).isEqualTo(new ContractFigures(1, 300, 300));
    assertThat(capacity.world().contracts()).isEqualTo(new ContractFigures(1, 1300, 1300));
  }

  @Test
  void theSplitFollowsRevisedPlannedMw() {
    var deal = contract("k-1", 1_000, 100, List.of("jp-1", "ae-1"), buyer("US"));
    var revision = event("ae-1", 2, CAPACITY_REVISED, 1000);

    var capacity =
        calculate(List.of(JP_1, AE_1), List.of(revision), List.of(deal), List.of(), List.of());

    assertThat(capacity.region("AE").contracts()).isEqualTo(new ContractFigures(1, 500, 50));
  }

  @Test
  void aCancelledSiteKeepsItsWeightWhileTheContractNamesIt() {
    var deal = contract("k-1", 1_000, 100, List.of("ae-1"), buyer("US"));

    var capacity =
        calculate(
            List.of(AE_1),
            List.of(event("ae-1", 2, CANCELLED, 0)),
            List.of(deal),
            List.of(),
            List.of());

    assertThat(capacity.region("AE").contracts()).isEqualTo(new ContractFigures(1, 1000, 100));
  }

  @Test
  void gpusOfATerminatedContractStillCountWhereTheyWereDelivered() {
    var deal = contract("k-2", 80, 10, List.of("jp-1"), buyer("JP"));
    var termination = new ContractEventFact("k-2", 3, TERMINATED, ContractTerms.NONE);
    var delivery = new DeliveryFact("d-1", "jp-1", "nvidia-h100", 1_000);

    var jp =
        calculate(List.of(JP_1), List.of(), List.of(deal), List.of(termination), List.of(delivery))
            .region("JP");

    assertThat(jp.gpus().delivered()).isEqualTo(1_000);
    assertThat(jp.contracts().count()).isZero();
  }

  @Test
  void gpusAtACancelledSiteNoLongerCountAsHosted() {
    var delivery = new DeliveryFact("d-1", "ae-1", "nvidia-h100", 500);

    var capacity =
        calculate(
            List.of(AE_1),
            List.of(event("ae-1", 3, CANCELLED, 0)),
            List.of(),
            List.of(),
            List.of(delivery));

    assertThat(capacity.region("AE").gpus()).isEqualTo(new GpuFigures(0, 0, 0, 0, Map.of()));
    assertThat(capacity.world().gpus().delivered()).isZero();
  }

  @Test
  void figuresDoNotDependOnTheOrderOfLifecycleFacts() {
    var sites = new ArrayList<>(List.of(JP_1, AE_1, site("jp-2", "JP", 400)));
    var siteEvents =
        new ArrayList<>(
            List.of(
                event("jp-1", 2, CONSTRUCTION_STARTED, 0),
                event("jp-1", 3, CAPACITY_REVISED, 1200),
                event("jp-1", 4, PHASE_ENERGIZED, 0.1),
                event("jp-1", 5, CAPACITY_REVISED, 900),
                event("jp-1", 6, PHASE_ENERGIZED, 0.2),
                event("jp-1", 7, PHASE_ENERGIZED, 0.3),
                event("ae-1", 2, CANCELLED, 0),
                event("jp-2", 2, CONSTRUCTION_STARTED, 0)));
    var contracts =
        new ArrayList<>(
            List.of(
                contract("k-1", 999, 99.9, List.of("jp-1", "ae-1", "jp-2"), buyer("US")),
                contract("k-2", 5, 5, List.of(), buyer("FR"))));
    var contractEvents =
        new ArrayList<>(
            List.of(
                amendment(2, new ContractTerms(1_001L, null, null, null, null)),
                amendment(3, new ContractTerms(null, 33.3, null, null, List.of("jp-1", "jp-2"))),
                new ContractEventFact("k-2", 2, TERMINATED, ContractTerms.NONE)));
    var deliveries =
        new ArrayList<>(
            List.of(
                new DeliveryFact("d-1", "jp-1", "nvidia-gb200", 10),
                new DeliveryFact("d-2", "ae-1", "nvidia-h100", 10),
                new DeliveryFact("d-3", "jp-2", "nvidia-h100", 7)));
    var expected = calculate(sites, siteEvents, contracts, contractEvents, deliveries);

    var random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(sites, random);
      Collections.shuffle(siteEvents, random);
      Collections.shuffle(contracts, random);
      Collections.shuffle(contractEvents, random);
      Collections.shuffle(deliveries, random);
      assertThat(calculate(sites, siteEvents, contracts, contractEvents, deliveries))
          .isEqualTo(expected);
    }
    assertThat(expected.region("JP").powerMw()).isEqualTo(new PowerMw(1300, 400, 0.6));
  }

  static SiteEventFact event(String siteId, long sequence, SiteEventKind kind, double mw) {
    return new SiteEventFact(siteId, sequence, kind, mw);
  }

  static ContractEventFact amendment(long sequence, ContractTerms changes) {
    return new ContractEventFact("k-1", sequence, AMENDED, changes);
  }

  static Site folded(SiteFact announced, SiteEventFact... events) {
    return SiteFold.site(announced, List.of(events));
  }

  static SiteStatus status(SiteFact announced, SiteEventFact... events) {
    return folded(announced, events).status();
  }

  static Capacity calculate(
      List<SiteFact> sites,
      List<SiteEventFact> siteEvents,
      List<ContractFact> contracts,
      List<ContractEventFact> contractEvents,
      List<DeliveryFact> deliveries) {
    return CapacityCalculator.calculate(
        new Facts(sites, siteEvents, contracts, contractEvents, deliveries));
  }
}
