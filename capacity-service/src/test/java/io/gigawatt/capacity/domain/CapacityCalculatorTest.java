package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.PartyRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapacityCalculatorTest {
  static final SiteFact ABILENE = site("abilene", "US", 1200);
  static final SiteFact STARGATE_NORWAY = site("narvik", "NO", 300);
  static final DeliveryFact GB200_TO_ABILENE =
      new DeliveryFact("d-1", "abilene", "nvidia-gb200", 64_000);
  static final ContractFact CLOUD_DEAL =
      contract("c-1", 1_000_000_000L, 1000, List.of("abilene", "narvik"), buyer("US"));

  @Test
  void contractIsSplitInProportionToThePlannedMwOfItsSites() {
    var capacity = calculate(sites(ABILENE, STARGATE_NORWAY), List.of(CLOUD_DEAL), List.of());

    assertThat(capacity.region("US").contracts())
        .isEqualTo(new ContractFigures(1, 800_000_000L, 800.0));
    assertThat(capacity.region("NO").contracts())
        .isEqualTo(new ContractFigures(1, 200_000_000L, 200.0));
    assertThat(capacity.world().contracts())
        .isEqualTo(new ContractFigures(1, 1_000_000_000L, 1000.0));
  }

  @Test
  void splitValuesAddUpToTheWholeContractValue() {
    var sites = sites(site("a", "US", 100), site("b", "DE", 100), site("c", "FR", 100));
    var deal = contract("c-2", 100, 10, List.of("a", "b", "c"), buyer("US"));

    var capacity = calculate(sites, List.of(deal), List.of());

    long sum =
        capacity.regions().stream().mapToLong(r -> r.contracts().valueUsd()).reduce(0, Long::sum);
    assertThat(sum).isEqualTo(100);
    assertThat(capacity.region("DE").contracts().committedMw()).isEqualTo(3.3);
  }

  @Test
  void sitelessContractCountsInItsBuyersHomeCountry() {
    var deal =
        contract(
            "c-3",
            5_000_000L,
            50,
            List.of(),
            new PartyFact("Oracle", "US", PartyRole.PROVIDER),
            new PartyFact("Mistral", "FR", PartyRole.BUYER));

    var capacity = calculate(List.of(), List.of(deal), List.of());

    assertThat(capacity.region("FR").contracts())
        .isEqualTo(new ContractFigures(1, 5_000_000L, 50.0));
    assertThat(capacity.region("US").contracts().count()).isZero();
  }

  @Test
  void sitelessContractWithoutBuyerCountsInTheFirstPartysCountry() {
    var deal =
        contract(
            "c-4",
            7,
            1,
            List.of(),
            new PartyFact("G42", "AE", PartyRole.INVESTOR),
            new PartyFact("Microsoft", "US", PartyRole.INVESTEE));

    assertThat(calculate(List.of(), List.of(deal), List.of()).region("AE").contracts().count())
        .isEqualTo(1);
  }

  @Test
  void contractWhoseSitesAreAllUnknownCountsNowhereYet() {
    var capacity = calculate(List.of(), List.of(CLOUD_DEAL), List.of());

    assertThat(capacity.regions()).isEmpty();
    assertThat(capacity.world().contracts()).isEqualTo(new ContractFigures(0, 0, 0.0));
  }

  @Test
  void contractCountsAmongTheKnownSitesOnlyUntilTheOthersArrive() {
    var capacity = calculate(sites(STARGATE_NORWAY), List.of(CLOUD_DEAL), List.of());

    assertThat(capacity.region("NO").contracts())
        .isEqualTo(new ContractFigures(1, 1_000_000_000L, 1000.0));
  }

  @Test
  void deliveryToAnUnknownSiteIsNotCountedYet() {
    var capacity = calculate(List.of(), List.of(), List.of(GB200_TO_ABILENE));

    assertThat(capacity.regions()).isEmpty();
    assertThat(capacity.world().gpus().delivered()).isZero();
  }

  @Test
  void gpusCountInTheCountryOfTheirSiteWithCatalogFigures() {
    var capacity = calculate(sites(ABILENE), List.of(), List.of(GB200_TO_ABILENE));

    // 64000 × 5e15 / 1.979e15 = 161697.827…
    assertThat(capacity.region("US").gpus())
        .isEqualTo(
            new GpuFigures(64_000, 161697.8, 160000.0, 76.8, Map.of("nvidia-gb200", 64_000L)));
  }

  @Test
  void unknownGpuModelCountsAsDeliveredWithoutCompute() {
    var capacity =
        calculate(sites(ABILENE), List.of(), List.of(new DeliveryFact("d", "abilene", "x-1", 10)));

    assertThat(capacity.region("US").gpus())
        .isEqualTo(new GpuFigures(10, 0.0, 0.0, 0.0, Map.of("x-1", 10L)));
  }

  @Test
  void figuresDoNotDependOnTheOrderOfTheFacts() {
    var sites = new ArrayList<>(sites(ABILENE, STARGATE_NORWAY, site("x", "DE", 50)));
    var contracts =
        new ArrayList<>(List.of(CLOUD_DEAL, contract("c", 9, 9, List.of(), buyer("JP"))));
    var deliveries =
        new ArrayList<>(
            List.of(GB200_TO_ABILENE, new DeliveryFact("d-2", "narvik", "nvidia-h100", 100)));
    var expected = calculate(sites, contracts, deliveries);

    var random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(sites, random);
      Collections.shuffle(contracts, random);
      Collections.shuffle(deliveries, random);
      assertThat(calculate(sites, contracts, deliveries)).isEqualTo(expected);
    }
  }

  @Test
  void worldShareIsTheRegionsPartOfTheWorldTotal() {
    var sites = sites(site("a", "US", 100), site("b", "NO", 100));
    var events =
        List.of(
            new SiteEventFact("a", 2, SiteEventKind.PHASE_ENERGIZED, 60),
            new SiteEventFact("b", 2, SiteEventKind.PHASE_ENERGIZED, 20));
    var deliveries = List.of(new DeliveryFact("d", "a", "nvidia-h100", 100));

    var capacity =
        CapacityCalculator.calculate(new Facts(sites, events, List.of(), List.of(), deliveries));

    assertThat(capacity.region("US").worldShare()).isEqualTo(new WorldShare(0.75, 1.0));
    assertThat(capacity.region("NO").worldShare()).isEqualTo(new WorldShare(0.25, 0.0));
  }

  @Test
  void worldShareIsZeroWhenTheWorldHasNothing() {
    var capacity = calculate(sites(ABILENE), List.of(), List.of());

    assertThat(capacity.region("US").worldShare()).isEqualTo(new WorldShare(0, 0));
  }

  @Test
  void regionsAreSortedByH100eThenPlannedMw() {
    var sites = sites(site("a", "DE", 10), site("b", "FR", 500), site("c", "NO", 20));
    var deliveries = List.of(new DeliveryFact("d", "c", "nvidia-h100", 1));

    var codes =
        calculate(sites, List.of(), deliveries).regions().stream()
            .map(RegionCapacity::code)
            .toList();

    assertThat(codes).containsExactly("NO", "FR", "DE");
  }

  @Test
  void countryWithoutDataHasAllZeroFigures() {
    var germany = calculate(sites(ABILENE), List.of(), List.of()).region("DE");

    assertThat(germany.name()).isEqualTo("Germany");
    assertThat(germany.level()).isEqualTo("country");
    assertThat(germany.sites()).isEqualTo(new SiteCounts(0, 0, 0, 0));
    assertThat(germany.gpus()).isEqualTo(new GpuFigures(0, 0, 0, 0, Map.of()));
  }

  static Capacity calculate(
      List<SiteFact> sites, List<ContractFact> contracts, List<DeliveryFact> deliveries) {
    return CapacityCalculator.calculate(
        new Facts(sites, List.of(), contracts, List.of(), deliveries));
  }

  static SiteFact site(String id, String country, double plannedMw) {
    return new SiteFact(id, country, plannedMw, 1);
  }

  static List<SiteFact> sites(SiteFact... sites) {
    return List.of(sites);
  }

  static PartyFact buyer(String country) {
    return new PartyFact("buyer", country, PartyRole.BUYER);
  }

  static ContractFact contract(
      String id, long valueUsd, double committedMw, List<String> siteIds, PartyFact... parties) {
    return new ContractFact(
        id, 1, new ContractTerms(valueUsd, committedMw, null, null, siteIds), List.of(parties));
  }
}
