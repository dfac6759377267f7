package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.application.Ledger.party;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.Sovereignty;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's worked example: a site in the UAE owned by a UAE company, with GPUs under a US
 * provider's cloud contract, on US chips.
 */
class WorkedExampleTest {
  static final LocalDate ON = LocalDate.of(2023, 6, 1);
  static final double H100E = 50530.6; // 20,000 GB200 × 5e15 ÷ 1.979e15
  static final Sovereignty HOSTED_IN_AE =
      new Sovereignty(H100E, 0, 0, 0, 1.0, Map.of("US", H100E), Map.of("US", H100E), Map.of());
  static final Sovereignty CONTROLLED_FROM_US =
      new Sovereignty(0, H100E, 0, 0, 0, Map.of(), Map.of(), Map.of("AE", H100E));

  @Test
  void theComputeIsHostedInTheUaeAndControlledFromTheUs() {
    var g42 = new Organization("G42", "AE");
    var view =
        new ViewFixture()
            .given(
                new SiteAnnounced(
                        "uae",
                        "Stargate UAE",
                        "Stargate",
                        g42,
                        g42,
                        new Location("AE", "AE-AZ", "Abu Dhabi"),
                        new PlannedPower(1000, null),
                        null,
                        ON,
                        "https://example.org",
                        Confidence.REPORTED),
                    1,
                new ContractSigned(
                        "cloud",
                        ContractKind.CLOUD_CAPACITY,
                        "Oracle cloud for OpenAI in the UAE",
                        "Stargate",
                        List.of(party("US", PartyRole.BUYER), party("US", PartyRole.PROVIDER)),
                        10_000_000_000L,
                        60,
                        1000.0,
                        "nvidia-gb200",
                        20_000,
                        List.of("uae"),
                        ON,
                        "https://example.org",
                        Confidence.REPORTED),
                    1,
                new GpusDelivered(
                        "cloud",
                        "first",
                        "uae",
                        "nvidia-gb200",
                        20_000,
                        ON,
                        "https://example.org",
                        Confidence.REPORTED,
                        null),
                    2);

    assertThat(view.region("AE").sovereignty()).isEqualTo(HOSTED_IN_AE);
    assertThat(view.region("US").sovereignty()).isEqualTo(CONTROLLED_FROM_US);
    assertThat(view.region("GCC").sovereignty()).isEqualTo(HOSTED_IN_AE);
    assertThat(view.region("BRICS").sovereignty()).isEqualTo(HOSTED_IN_AE);
    assertThat(view.region("G7").sovereignty()).isEqualTo(CONTROLLED_FROM_US);
    assertThat(view.at("BRICS", LocalDate.of(2023, 12, 31), null).sovereignty().hostedH100e())
        .as("the UAE joined BRICS on 2024-01-01")
        .isZero();
    assertThat(view.at("BRICS", LocalDate.of(2024, 1, 1), null).sovereignty())
        .isEqualTo(HOSTED_IN_AE);
    assertThat(view.region("WORLD").sovereignty().sovereignShare()).isEqualTo(1.0);
  }
}
