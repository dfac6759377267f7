package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.application.Ledger.H100;
import static io.gigawatt.capacity.application.Ledger.SOURCE;
import static io.gigawatt.capacity.application.Ledger.contract;
import static io.gigawatt.capacity.application.Ledger.delivery;
import static io.gigawatt.capacity.application.Ledger.party;
import static io.gigawatt.capacity.application.Ledger.site;
import static io.gigawatt.capacity.application.ViewFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.PowerMw;
import io.gigawatt.capacity.domain.SiteCounts;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.GpusRetired;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** De-energized MW, decommissioned sites and retired GPUs, as of a date and as known at a time. */
class DecommissioningViewTest {
  static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);
  static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
  static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  static final OffsetDateTime T1 = OffsetDateTime.parse("2025-01-10T00:00:00Z");
  static final OffsetDateTime T2 = OffsetDateTime.parse("2025-06-10T00:00:00Z");

  static SitePhaseEnergized energized(double mw, LocalDate on) {
    return new SitePhaseEnergized("a", mw, "1", on, SOURCE, Confidence.REPORTED);
  }

  static GpusRetired retired(String contract, long count, LocalDate on) {
    return new GpusRetired(contract, "a", H100, count, on, SOURCE, Confidence.REPORTED);
  }

  /** Site "a" in KR (500 MW, announced 2020), a GPU supply contract "c" bought from KR. */
  static ViewFixture korea() {
    return new ViewFixture()
        .given(
            site("a", "KR", "KR", 500, Y2020),
            1,
            contract(
                "c", ContractKind.GPU_SUPPLY, List.of("a"), Y2020, party("KR", PartyRole.BUYER)),
            1);
  }

  @Test
  void deEnergizedPowerLeavesTheEnergizedMwFromItsDate() {
    var view =
        korea()
            .given(
                energized(300, Y2021),
                2,
                new SiteDeEnergized("a", 120, Y2022, SOURCE, Confidence.REPORTED),
                3);

    assertThat(view.at("KR", Y2021, null).powerMw()).isEqualTo(new PowerMw(500, 0, 300));
    assertThat(view.at("KR", Y2022, null).powerMw()).isEqualTo(new PowerMw(500, 0, 180));
    assertThat(view.region("KR").powerMw()).isEqualTo(new PowerMw(500, 0, 180));
    assertThat(view.region("WORLD").powerMw().energized()).isEqualTo(180);
    assertThat(view.region("KR").sites()).isEqualTo(new SiteCounts(0, 0, 1, 0, 0));
  }

  @Test
  void aDecommissionedSiteCountsAsSuchAndHostsNothingFromItsDate() {
    var view =
        korea()
            .given(
                energized(300, Y2021),
                2,
                delivery("c", "a", H100, 1_000, null, Y2021),
                2,
                new SiteDecommissioned("a", Y2023, SOURCE, Confidence.REPORTED),
                3);

    var before = view.at("KR", Y2022, null);
    assertThat(before.sites()).isEqualTo(new SiteCounts(0, 0, 1, 0, 0));
    assertThat(before.powerMw()).isEqualTo(new PowerMw(500, 0, 300));
    assertThat(before.gpus().h100e()).isEqualTo(1_000);
    var after = view.at("KR", Y2023, null);
    assertThat(after.sites()).isEqualTo(new SiteCounts(0, 0, 0, 0, 1));
    assertThat(after.powerMw()).isEqualTo(new PowerMw(0, 0, 0));
    assertThat(after.gpus().delivered()).isZero();
    assertThat(after.sovereignty().hostedH100e()).isZero();
    assertThat(view.region("KR")).isEqualTo(after);
    assertThat(view.region("WORLD").sites().decommissioned()).isEqualTo(1);
  }

  @Test
  void retiredGpusLeaveTheFiguresFromTheirDate() {
    var view =
        korea().given(delivery("c", "a", H100, 1_000, null, Y2021), 2, retired("c", 400, Y2022), 3);

    assertThat(view.at("KR", Y2021, null).gpus().delivered()).isEqualTo(1_000);
    assertThat(view.at("KR", Y2022, null).gpus().delivered()).isEqualTo(600);
    assertThat(view.at("KR", Y2022, null).gpus().h100e()).isEqualTo(600);
    assertThat(view.at("KR", Y2022, null).gpus().byModel()).isEqualTo(Map.of(H100, 600L));
    assertThat(view.region("KR").sovereignty().hostedH100e()).isEqualTo(600);
    assertThat(view.region("KR").sovereignty().controlledH100e()).isEqualTo(600);
  }

  @Test
  void aRetirementTakesTheOldestGpusFirstAndOnlyThoseDeliveredByItsDate() {
    // 100 owned from SA (2020), 100 from AE (2021); 150 retired in 2022, then 100 from QA (2023)
    var view =
        korea()
            .given(
                delivery("c", "a", H100, 100, "SA", Y2020),
                2,
                delivery("c", "a", H100, 100, "AE", Y2021),
                3,
                retired("c", 150, Y2022),
                4,
                delivery("c", "a", H100, 100, "QA", Y2023),
                5);

    assertThat(view.at("KR", Y2022, null).sovereignty().hostedByControllerCountry())
        .isEqualTo(Map.of("AE", 50.0));
    assertThat(view.region("KR").sovereignty().hostedByControllerCountry())
        .isEqualTo(Map.of("QA", 100.0, "AE", 50.0));
    assertThat(view.region("SA").sovereignty().controlledH100e()).isZero();
  }

  @Test
  void theResultDoesNotDependOnTheOrderTheEventsArrive() {
    var inOrder =
        korea().given(delivery("c", "a", H100, 1_000, null, Y2021), 2, retired("c", 400, Y2022), 3);
    var retirementFirst =
        korea().given(retired("c", 400, Y2022), 3, delivery("c", "a", H100, 1_000, null, Y2021), 2);

    assertThat(retirementFirst.totals()).isEqualTo(inOrder.totals());
    assertThat(retirementFirst.at("KR", Y2022, null)).isEqualTo(inOrder.at("KR", Y2022, null));
  }

  @Test
  void whatWasNotKnownYetDoesNotCount() {
    var view = korea();
    view.given(List.of(recorded(delivery("c", "a", H100, 1_000, null, Y2021), 2, T1)));
    view.given(
        List.of(
            recorded(retired("c", 1_000, Y2022), 3, T2),
            recorded(new SiteDecommissioned("a", Y2023, SOURCE, Confidence.REPORTED), 2, T2)));

    assertThat(view.at("KR", Y2023, T1).gpus().delivered()).isEqualTo(1_000);
    assertThat(view.at("KR", Y2023, T1).sites().decommissioned()).isZero();
    assertThat(view.at("KR", Y2022, T2).gpus().delivered()).isZero();
    assertThat(view.at("KR", Y2023, T2).sites().decommissioned()).isEqualTo(1);
  }
}
