package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.TestEvents.amended;
import static io.gigawatt.capacity.TestEvents.cancelled;
import static io.gigawatt.capacity.TestEvents.constructionStarted;
import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.energized;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.revised;
import static io.gigawatt.capacity.TestEvents.site;
import static io.gigawatt.capacity.TestEvents.terminated;
import static io.gigawatt.capacity.application.ViewFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.ContractFigures;
import io.gigawatt.capacity.domain.PowerMw;
import io.gigawatt.capacity.domain.SiteCounts;
import io.gigawatt.events.PartyRole;
import io.gigawatt.support.messaging.RecordedEvent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection's rules, given events and then figures. */
class ProjectEventsTest {
  static final String GB200 = "nvidia-gb200";

  @Test
  void aSiteCountsInItsCountryItsSubdivisionAndTheWorld() {
    var view = new ViewFixture().given(site("abilene", "US", "US-TX", 1200), 1);

    for (String code : List.of("US", "US-TX")) {
      assertThat(view.region(code).sites()).isEqualTo(new SiteCounts(1, 0, 0, 0, 0));
      assertThat(view.region(code).powerMw()).isEqualTo(new PowerMw(1200, 0, 0));
    }
    assertThat(view.world().sites()).isEqualTo(new SiteCounts(1, 0, 0, 0, 0));
    assertThat(view.regionCodes()).containsExactly("PROGRAM:stargate", "US", "US-TX", "WORLD");
  }

  @Test
  void constructionThenEnergizedPhasesMoveTheStatusAndSumTheEnergizedMw() {
    var view =
        new ViewFixture()
            .given(
                site("jp-1", "JP", 1000), 1,
                constructionStarted("jp-1"), 2,
                energized("jp-1", 300), 4,
                energized("jp-1", 200), 6);

    assertThat(view.region("JP").sites()).isEqualTo(new SiteCounts(0, 0, 1, 0, 0));
    assertThat(view.region("JP").powerMw()).isEqualTo(new PowerMw(1000, 0, 500));
    assertThat(view.region("JP").worldShare().energizedMw()).isEqualTo(1.0);
  }

  @Test
  void underConstructionIsThePlannedMwOfSitesUnderConstruction() {
    var view =
        new ViewFixture()
            .given(
                site("jp-1", "JP", 1000), 1,
                site("jp-2", "JP", 50), 1,
                constructionStarted("jp-1"), 2,
                revised("jp-1", 1400), 3);

    assertThat(view.region("JP").sites()).isEqualTo(new SiteCounts(1, 1, 0, 0, 0));
    assertThat(view.region("JP").powerMw()).isEqualTo(new PowerMw(1450, 1400, 0));
  }

  @Test
  void plannedMwIsTheValueOfTheHighestSequenceWhateverTheArrivalOrder() {
    var inOrder =
        new ViewFixture()
            .given(site("jp-1", "JP", 1000), 1, revised("jp-1", 1200), 3, revised("jp-1", 900), 5);
    var reversed =
        new ViewFixture()
            .given(revised("jp-1", 900), 5, revised("jp-1", 1200), 3, site("jp-1", "JP", 1000), 1);
    var announcedLast = new ViewFixture().given(revised("jp-1", 5), 3, site("jp-1", "JP", 1000), 4);

    assertThat(inOrder.region("JP").powerMw().planned()).isEqualTo(900);
    assertThat(reversed.region("JP").powerMw().planned()).isEqualTo(900);
    assertThat(announcedLast.region("JP").powerMw().planned()).isEqualTo(1000);
  }

  @Test
  void aCancelledSiteCountsAsCancelledWithoutMwOrGpus() {
    var view =
        new ViewFixture()
            .given(
                site("ae-1", "AE", 300), 1,
                energized("ae-1", 100), 2,
                delivery("c-1", "d-1", "ae-1", GB200, 1000), 1,
                cancelled("ae-1"), 3);

    assertThat(view.region("AE").sites()).isEqualTo(new SiteCounts(0, 0, 0, 1, 0));
    assertThat(view.region("AE").powerMw()).isEqualTo(new PowerMw(0, 0, 0));
    assertThat(view.region("AE").gpus().delivered()).isZero();
    assertThat(view.world().gpus().h100e()).isZero();
  }

  @Test
  void gpusDeliveredBeforeTheirSiteCountOnceItIsAnnounced() {
    var view = new ViewFixture().given(delivery("c-1", "d-1", "abilene", GB200, 64_000), 2);
    assertThat(view.world().gpus().delivered()).isZero();

    view.given(site("abilene", "US", 1200), 1);

    var gpus = view.region("US").gpus();
    assertThat(gpus.delivered()).isEqualTo(64_000);
    assertThat(gpus.h100e()).isEqualTo(161697.8);
    assertThat(gpus.bf16Pflops()).isEqualTo(160000);
    assertThat(gpus.powerMw()).isEqualTo(76.8);
    assertThat(gpus.byModel()).containsExactly(Map.entry(GB200, 64_000L));
  }

  @Test
  void gpusOfAModelTheCatalogLacksAreCountedAsUnknownNotAsZero() {
    var view =
        new ViewFixture()
            .given(site("s", "FR", 10), 1, delivery("c-1", "d-1", "s", "acme-x1", 500), 2);

    assertThat(view.region("FR").gpus().delivered()).isEqualTo(500);
    assertThat(view.region("FR").gpus().unknownModel()).isEqualTo(500);
    assertThat(view.region("FR").gpus().h100e()).isZero();
  }

  @Test
  void aContractSplitsItsValueAndMwByThePlannedMwOfItsSitesAndCountsWholeInTheWorld() {
    var view =
        new ViewFixture()
            .given(
                site("abilene", "US", 1200), 1,
                site("narvik", "NO", 300), 1,
                site("milam", "US", 500), 1,
                contract(
                        "c-1",
                        1_000_000_001L,
                        1000,
                        List.of("abilene", "narvik", "milam"),
                        party("OpenAI", "US", PartyRole.BUYER)),
                    1);

    assertThat(view.region("US").contracts())
        .isEqualTo(new ContractFigures(1, BigInteger.valueOf(850_000_001L), 850));
    assertThat(view.region("NO").contracts())
        .isEqualTo(new ContractFigures(1, BigInteger.valueOf(150_000_000L), 150));
    assertThat(view.world().contracts())
        .isEqualTo(new ContractFigures(1, BigInteger.valueOf(1_000_000_001L), 1000));
  }

  @Test
  void aContractWithoutSitesCountsInItsBuyersCountryAndOneWithUnknownSitesNowhereYet() {
    var view =
        new ViewFixture()
            .given(
                contract(
                        "c-2",
                        5_000_000L,
                        50,
                        List.of(),
                        party("Fluidstack", "GB", PartyRole.PROVIDER),
                        party("Mistral AI", "FR", PartyRole.BUYER)),
                    1,
                contract("c-3", 7L, 7, List.of("later"), party("X", "DE", PartyRole.BUYER)), 1);

    assertThat(view.region("FR").contracts().count()).isEqualTo(1);
    assertThat(view.region("GB").contracts().count()).isZero();
    assertThat(view.world().contracts().count()).isEqualTo(1);

    view.given(site("later", "DE", 10), 1);
    assertThat(view.region("DE").contracts())
        .isEqualTo(new ContractFigures(1, BigInteger.valueOf(7), 7));
    assertThat(view.world().contracts().count()).isEqualTo(2);
  }

  @Test
  void aRevisedSiteReSplitsTheContractsThatCoverIt() {
    var view =
        new ViewFixture()
            .given(
                site("a", "US", 100), 1,
                site("b", "NO", 100), 1,
                contract("c", 100L, 100, List.of("a", "b"), party("X", "US", PartyRole.BUYER)), 1,
                revised("b", 300), 2);

    assertThat(view.region("US").contracts().valueUsd()).isEqualTo(BigInteger.valueOf(25));
    assertThat(view.region("NO").contracts().valueUsd()).isEqualTo(BigInteger.valueOf(75));
  }

  @Test
  void aTerminatedContractNoLongerCountsButItsDeliveredGpusDo() {
    var view =
        new ViewFixture()
            .given(
                site("a", "US", 100), 1,
                contract("c", 100L, 100, List.of("a"), party("X", "US", PartyRole.BUYER)), 1,
                delivery("c", "d", "a", GB200, 10), 2,
                terminated("c"), 3);

    assertThat(view.region("US").contracts().count()).isZero();
    assertThat(view.world().contracts().valueUsd()).isEqualTo(BigInteger.ZERO);
    assertThat(view.region("US").gpus().delivered()).isEqualTo(10);
  }

  @Test
  void anAmendmentMovesTheContractToItsNewSites() {
    var view =
        new ViewFixture()
            .given(
                site("a", "US", 100), 1,
                site("b", "NO", 100), 1,
                contract("c", 100L, 100, List.of("a"), party("X", "US", PartyRole.BUYER)), 1,
                amended("c", 300L, null, List.of("b")), 2);

    assertThat(view.region("US").contracts().count()).isZero();
    assertThat(view.region("NO").contracts())
        .isEqualTo(new ContractFigures(1, BigInteger.valueOf(300), 100));
  }

  @Test
  void anEventAppliedTwiceChangesNothing() {
    var announcement = recorded(site("a", "US", 100), 1);
    var phase = recorded(energized("a", 40), 2);
    var view = new ViewFixture().given(List.of(announcement, phase, phase));
    view.given(List.of(phase, announcement));

    assertThat(view.region("US").powerMw()).isEqualTo(new PowerMw(100, 0, 40));
    assertThat(view.region("US").sites().operational()).isEqualTo(1);
  }

  @Test
  void sumsAreExact() {
    List<RecordedEvent> batch = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      batch.add(recorded(site("s" + i, "IS", 0.1), 1));
    }
    var view = new ViewFixture().given(batch);

    assertThat(view.totals().get("IS").get("powerMw.planned")).isEqualByComparingTo("1000");
  }
}
