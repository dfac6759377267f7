package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.TestEvents.amended;
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
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures as of a business date (asOf) and as known at a record time (knownAt). */
class TimeTravelTest {
  static final OffsetDateTime T1 = OffsetDateTime.parse("2025-01-10T00:00:00Z");
  static final OffsetDateTime T2 = OffsetDateTime.parse("2025-06-10T00:00:00Z");
  static final OffsetDateTime T3 = OffsetDateTime.parse("2025-11-10T00:00:00Z");
  static final LocalDate Y2019 = LocalDate.of(2019, 6, 1);

  @Test
  void aBackfilledFactChangesThePastAsOfNowButNotAsKnownBefore() {
    var view = new ViewFixture();
    view.given(List.of(recorded(site("new", "JP", "JP", 100, LocalDate.of(2024, 1, 1)), 1, T1)));
    view.given(List.of(recorded(site("old", "JP", "JP", 40, LocalDate.of(2018, 3, 1)), 1, T3)));

    assertThat(view.at("JP", Y2019, null).sites().announced()).isEqualTo(1);
    assertThat(view.at("JP", Y2019, null).powerMw().planned()).isEqualTo(40);
    assertThat(view.at("JP", Y2019, T2).sites().announced()).isZero();
    assertThat(view.at("JP", null, T2).powerMw().planned()).isEqualTo(100);
    assertThat(view.at("JP", null, T3).powerMw().planned()).isEqualTo(140);
  }

  @Test
  void theCurrentViewEqualsTheViewAsOfTodayAndAllHistorySumsToIt() {
    var view =
        new ViewFixture()
            .given(
                site("a", "KR", "KR", 500, LocalDate.of(2020, 1, 1)),
                1,
                new SiteConstructionStarted(
                    "a", LocalDate.of(2021, 1, 1), "s", Confidence.REPORTED),
                2,
                new SitePhaseEnergized(
                    "a", 200, "1", LocalDate.of(2022, 1, 1), "s", Confidence.REPORTED),
                3,
                contract(
                    "c",
                    ContractKind.GPU_SUPPLY,
                    List.of("a"),
                    LocalDate.of(2021, 6, 1),
                    party("KR", PartyRole.BUYER)),
                1,
                delivery("c", "a", "nvidia-h100", 300, null, LocalDate.of(2022, 2, 1)),
                2);

    assertThat(view.at("KR", LocalDate.now(), null)).isEqualTo(view.region("KR"));
    assertThat(view.at("KR", null, null)).isEqualTo(view.region("KR"));
    assertThat(view.at("WORLD", LocalDate.now(), null)).isEqualTo(view.region("WORLD"));
  }

  @Test
  void aSiteMovesThroughItsLifecycleOnTheDatesOfItsEvents() {
    var view =
        new ViewFixture()
            .given(
                site("a", "KR", "KR", 500, LocalDate.of(2020, 1, 1)),
                1,
                new SiteConstructionStarted(
                    "a", LocalDate.of(2021, 1, 1), "s", Confidence.REPORTED),
                2,
                new SitePhaseEnergized(
                    "a", 200, "1", LocalDate.of(2022, 1, 1), "s", Confidence.REPORTED),
                3,
                new SiteCancelled("a", "gone", LocalDate.of(2023, 1, 1), "s", Confidence.REPORTED),
                4);

    assertThat(view.at("KR", LocalDate.of(2019, 12, 31), null).sites())
        .isEqualTo(new SiteCounts(0, 0, 0, 0, 0));
    assertThat(view.at("KR", LocalDate.of(2020, 6, 1), null).powerMw())
        .isEqualTo(new PowerMw(500, 0, 0));
    assertThat(view.at("KR", LocalDate.of(2021, 6, 1), null).powerMw())
        .isEqualTo(new PowerMw(500, 500, 0));
    assertThat(view.at("KR", LocalDate.of(2022, 6, 1), null).sites())
        .isEqualTo(new SiteCounts(0, 0, 1, 0, 0));
    assertThat(view.at("KR", LocalDate.of(2022, 6, 1), null).powerMw())
        .isEqualTo(new PowerMw(500, 0, 200));
    assertThat(view.at("KR", LocalDate.of(2023, 6, 1), null).sites())
        .isEqualTo(new SiteCounts(0, 0, 0, 1, 0));
  }

  @Test
  void aContractCountsFromItsSigningWithItsTermsOfTheDayUntilItsTermination() {
    var view =
        new ViewFixture()
            .given(
                site("a", "BR", "BR", 100, LocalDate.of(2020, 1, 1)),
                1,
                contract(
                    "c",
                    ContractKind.CLOUD_CAPACITY,
                    List.of("a"),
                    LocalDate.of(2021, 1, 1),
                    party("BR", PartyRole.BUYER)),
                1,
                amended("c", 5_000L, null, null),
                2,
                new ContractTerminated(
                    "c", "over", LocalDate.of(2026, 1, 1), "s", Confidence.REPORTED),
                3);

    assertThat(view.at("BR", LocalDate.of(2020, 6, 1), null).contracts().count()).isZero();
    assertThat(view.at("BR", LocalDate.of(2021, 6, 1), null).contracts().valueUsd())
        .hasToString("1000");
    assertThat(view.at("BR", LocalDate.of(2025, 12, 1), null).contracts().valueUsd())
        .hasToString("5000");
    assertThat(view.at("BR", LocalDate.of(2026, 2, 1), null).contracts().count()).isZero();
    assertThat(view.region("BR").contracts().count()).isZero();
  }
}
