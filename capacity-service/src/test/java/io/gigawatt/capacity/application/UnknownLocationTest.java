package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.application.Ledger.DAY;
import static io.gigawatt.capacity.application.Ledger.contract;
import static io.gigawatt.capacity.application.Ledger.delivery;
import static io.gigawatt.capacity.application.Ledger.party;
import static io.gigawatt.capacity.application.Ledger.site;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.Blocs;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.PartyRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sites of unknown location (XX), organizations of unknown country, unspecified chips. */
class UnknownLocationTest {
  static final String UNSPECIFIED = "unspecified-h100e";

  @Test
  void computeOfUnknownLocationCountsInTheWorldAsItsOwnRegion() {
    var view =
        new ViewFixture()
            .given(
                site("x", "XX", "US"), 1,
                site("u", "US", "US"), 1,
                contract("c", ContractKind.GPU_SUPPLY, "x", party("US", PartyRole.BUYER)), 1,
                contract("d", ContractKind.GPU_SUPPLY, "u", party("US", PartyRole.BUYER)), 1,
                delivery("c", "x", UNSPECIFIED, 3_000, null, DAY), 2,
                delivery("d", "u", "nvidia-h100", 1_000, null, DAY), 2);

    var unknown = view.region("XX");
    assertThat(unknown.name()).isEqualTo("Unknown location");
    assertThat(unknown.level()).isEqualTo("country");
    assertThat(unknown.gpus().h100e()).isEqualTo(3_000);
    assertThat(unknown.worldShare().h100e()).isEqualTo(0.75);
    assertThat(view.region("WORLD").gpus().h100e()).isEqualTo(4_000);
    assertThat(unknown.sovereignty().sovereignH100e()).isZero();
    assertThat(unknown.sovereignty().hostedByControllerCountry()).isEqualTo(Map.of("US", 3000.0));
    assertThat(view.region("US").sovereignty().controlledByHostCountry())
        .isEqualTo(Map.of("XX", 3000.0, "US", 1000.0));
    assertThat(Blocs.blocsOf("XX", DAY)).isEmpty();
  }

  @Test
  void unspecifiedChipsAreOneH100eEachOfAVendorForeignToEveryRegion() {
    var view =
        new ViewFixture()
            .given(
                site("u", "US", "US"), 1,
                contract("c", ContractKind.GPU_SUPPLY, "u", party("US", PartyRole.BUYER)), 1,
                delivery("c", "u", UNSPECIFIED, 1_000, null, DAY), 2,
                delivery("c", "u", "nvidia-h100", 1_000, null, DAY), 3);

    var us = view.region("US");
    assertThat(us.gpus().h100e()).isEqualTo(2_000);
    assertThat(us.gpus().byModel()).containsEntry(UNSPECIFIED, 1_000L);
    assertThat(us.sovereignty().hostedByVendorCountry())
        .isEqualTo(Map.of("US", 1000.0, "XX", 1000.0));
    assertThat(us.sovereignty().supplyDependency()).isEqualTo(0.5);
    assertThat(view.region("WORLD").sovereignty().supplyDependency()).isZero();
  }

  @Test
  void anOwnerOfUnknownCountryShowsAsXx() {
    var view =
        new ViewFixture()
            .given(
                site("u", "US", "XX"), 1,
                delivery("none", "u", "nvidia-h100", 500, null, DAY), 2);

    assertThat(view.region("US").sovereignty().hostedByControllerCountry())
        .isEqualTo(Map.of("XX", 500.0));
    assertThat(view.region("US").sovereignty().sovereignH100e()).isZero();
    assertThat(view.region("XX").sovereignty().controlledH100e()).isEqualTo(500);
    assertThat(view.region("XX").sovereignty().hostedH100e()).isZero();
  }
}
