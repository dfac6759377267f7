package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.application.Ledger.ASCEND_910B;
import static io.gigawatt.capacity.application.Ledger.DAY;
import static io.gigawatt.capacity.application.Ledger.H100;
import static io.gigawatt.capacity.application.Ledger.contract;
import static io.gigawatt.capacity.application.Ledger.delivery;
import static io.gigawatt.capacity.application.Ledger.party;
import static io.gigawatt.capacity.application.Ledger.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.Sovereignty;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who hosts, who controls, whose chips: every branch of the controller rule, exact figures. */
class SovereigntyTest {

  @Test
  void theDeliverysOwnerControlsFirst() {
    var view =
        new ViewFixture()
            .given(
                site("g42", "AE", "AE"), 1,
                contract("c", ContractKind.CLOUD_CAPACITY, "g42", party("US", PartyRole.PROVIDER)),
                    1,
                delivery("c", "g42", H100, 1000, "SA", DAY), 2);

    assertThat(view.region("AE").sovereignty())
        .isEqualTo(
            sovereignty(1000, 0, 0, 0, 1.0, Map.of("SA", 1000.0), Map.of("US", 1000.0), Map.of()));
    assertThat(view.region("SA").sovereignty())
        .isEqualTo(sovereignty(0, 1000, 0, 0, 0, Map.of(), Map.of(), Map.of("AE", 1000.0)));
  }

  @Test
  void aCloudCapacityContractsProviderControls() {
    var view =
        new ViewFixture()
            .given(
                site("g42", "AE", "AE"), 1,
                contract(
                        "c",
                        ContractKind.CLOUD_CAPACITY,
                        "g42",
                        party("AE", PartyRole.BUYER),
                        party("US", PartyRole.PROVIDER)),
                    1,
                delivery("c", "g42", 1000), 2);

    assertThat(view.region("AE").sovereignty())
        .isEqualTo(
            sovereignty(1000, 0, 0, 0, 1.0, Map.of("US", 1000.0), Map.of("US", 1000.0), Map.of()));
    assertThat(view.region("US").sovereignty())
        .isEqualTo(sovereignty(0, 1000, 0, 0, 0, Map.of(), Map.of(), Map.of("AE", 1000.0)));
  }

  @Test
  void aGpuSupplyContractsBuyerControls() {
    assertThat(
            controllerOf(
                ContractKind.GPU_SUPPLY,
                party("DE", PartyRole.BUYER),
                party("US", PartyRole.SUPPLIER)))
        .isEqualTo(Map.of("DE", 1000.0));
  }

  @Test
  void aLeaseToOwnContractsLesseeControls() {
    assertThat(
            controllerOf(
                ContractKind.LEASE_TO_OWN,
                party("US", PartyRole.LESSOR),
                party("FR", PartyRole.LESSEE)))
        .isEqualTo(Map.of("FR", 1000.0));
  }

  @Test
  void otherwiseTheSitesOwnerControls() {
    assertThat(controllerOf(ContractKind.EQUITY_INVESTMENT, party("JP", PartyRole.INVESTOR)))
        .isEqualTo(Map.of("NL", 1000.0));
    assertThat(controllerOf(ContractKind.CLOUD_CAPACITY, party("JP", PartyRole.BUYER)))
        .as("a cloud contract without a provider")
        .isEqualTo(Map.of("NL", 1000.0));
  }

  @Test
  void gpusDeliveredBeforeTheirContractIsSignedPassToItsControllerOnceItIs() {
    var view = new ViewFixture().given(site("s", "IN", "IN"), 1, delivery("c", "s", 500), 2);
    assertThat(view.region("IN").sovereignty().hostedByControllerCountry())
        .isEqualTo(Map.of("IN", 500.0));
    assertThat(view.region("IN").sovereignty().sovereignShare()).isEqualTo(1.0);

    view.given(contract("c", ContractKind.CLOUD_CAPACITY, "s", party("US", PartyRole.PROVIDER)), 1);

    assertThat(view.region("IN").sovereignty())
        .isEqualTo(
            sovereignty(500, 0, 0, 0, 1.0, Map.of("US", 500.0), Map.of("US", 500.0), Map.of()));
    assertThat(view.region("US").sovereignty().controlledH100e()).isEqualTo(500);
  }

  @Test
  void supplyDependencyIsTheShareOnChipsOfVendorsFromElsewhere() {
    var view =
        new ViewFixture()
            .given(
                site("s", "CN", "CN"), 1,
                delivery("c", "s", ASCEND_910B, 1979, null, DAY), 2,
                delivery("c", "s", H100, 1000, null, DAY), 3);

    Sovereignty china = view.region("CN").sovereignty();
    assertThat(china.hostedH100e()).isEqualTo(1376.0);
    assertThat(china.hostedByVendorCountry())
        .containsExactly(Map.entry("US", 1000.0), Map.entry("CN", 376.0));
    assertThat(china.supplyDependency()).isEqualTo(0.7267);
    assertThat(china.sovereignShare()).isEqualTo(1.0);
  }

  @Test
  void theTenLargestCountriesAndOtherAddUpToTheWhole() {
    var view = new ViewFixture().given(site("s", "DE", "DE"), 1);
    String[] owners = {"AT", "BE", "CH", "CZ", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "NL"};
    for (int i = 0; i < owners.length; i++) {
      view.given(delivery("c", "s", H100, 100 + i, owners[i], DAY), i + 2);
    }

    var byController = view.region("DE").sovereignty().hostedByControllerCountry();
    assertThat(byController).hasSize(11).containsEntry("other", 201.0).containsEntry("NL", 111.0);
    assertThat(byController.values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(view.region("DE").sovereignty().hostedH100e());
  }

  @Test
  void aBlocIsSovereignOverComputeHostedInOneMemberAndControlledFromAnother() {
    var view =
        new ViewFixture()
            .given(
                site("berlin", "DE", "FR"), 1,
                delivery("c", "berlin", 300), 2,
                site("austin", "US-TX", "DE"), 1,
                delivery("d", "austin", 200), 2);

    assertThat(view.region("DE").sovereignty())
        .isEqualTo(
            sovereignty(
                300,
                200,
                0,
                0,
                1.0,
                Map.of("FR", 300.0),
                Map.of("US", 300.0),
                Map.of("US", 200.0)));
    assertThat(view.region("EU").sovereignty())
        .isEqualTo(
            sovereignty(
                300,
                500,
                300,
                1.0,
                1.0,
                Map.of("FR", 300.0),
                Map.of("US", 300.0),
                Map.of("DE", 300.0, "US", 200.0)));
    assertThat(view.region("US-TX").sovereignty())
        .as("a subdivision: controlled from its country")
        .isEqualTo(
            sovereignty(200, 0, 0, 0, 0, Map.of("DE", 200.0), Map.of("US", 200.0), Map.of()));
    assertThat(view.region("WORLD").sovereignty())
        .isEqualTo(
            sovereignty(
                500,
                500,
                500,
                1.0,
                0,
                Map.of("FR", 300.0, "DE", 200.0),
                Map.of("US", 500.0),
                Map.of("DE", 300.0, "US", 200.0)));
  }

  @Test
  void greatBritainCountsInTheEuUntilItLeft() {
    var view =
        new ViewFixture()
            .given(
                site("london", "GB", "GB", 50, LocalDate.of(2018, 1, 1)), 1,
                delivery("c", "london", H100, 100, null, LocalDate.of(2018, 2, 1)), 2);

    assertThat(view.at("EU", LocalDate.of(2019, 6, 1), null).sovereignty().hostedH100e())
        .isEqualTo(100);
    assertThat(view.at("EU", LocalDate.of(2019, 6, 1), null).powerMw().planned()).isEqualTo(50);
    assertThat(view.at("EU", LocalDate.of(2020, 1, 31), null).sites().announced()).isEqualTo(1);
    assertThat(view.at("EU", LocalDate.of(2020, 2, 1), null).sites().announced()).isZero();
    assertThat(view.at("EU", LocalDate.of(2021, 1, 1), null).sovereignty().hostedH100e()).isZero();
  }

  private static Map<String, Double> controllerOf(ContractKind kind, Party... parties) {
    var view =
        new ViewFixture()
            .given(
                site("s", "AE", "NL"), 1,
                contract("c", kind, "s", parties), 1,
                delivery("c", "s", 1000), 2);
    return view.region("AE").sovereignty().hostedByControllerCountry();
  }

  private static Sovereignty sovereignty(
      double hosted,
      double controlled,
      double sovereign,
      double share,
      double dependency,
      Map<String, Double> byController,
      Map<String, Double> byVendor,
      Map<String, Double> byHost) {
    return new Sovereignty(
        hosted, controlled, sovereign, share, dependency, byController, byVendor, byHost);
  }
}
