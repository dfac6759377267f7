package io.gigawatt.site.domain;

import static io.gigawatt.site.domain.SiteDeciderTest.ANNOUNCED;
import static io.gigawatt.site.domain.SiteLifecycleTest.CANCELLED;
import static io.gigawatt.site.domain.SiteLifecycleTest.PHASE_1;
import static io.gigawatt.site.domain.SiteLifecycleTest.REPORTED;
import static io.gigawatt.site.domain.SiteLifecycleTest.SOURCE;
import static io.gigawatt.site.domain.SiteLifecycleTest.STARTED;
import static io.gigawatt.site.domain.SiteLifecycleTest.cancel;
import static io.gigawatt.site.domain.SiteLifecycleTest.day;
import static io.gigawatt.site.domain.SiteLifecycleTest.energize;
import static io.gigawatt.site.domain.SiteLifecycleTest.fold;
import static io.gigawatt.site.domain.SiteLifecycleTest.revise;
import static io.gigawatt.site.domain.SiteLifecycleTest.start;
import static io.gigawatt.support.domain.DeciderFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SitePhaseEnergized;
import java.util.List;
import org.junit.jupiter.api.Test;

/** De-energizing (PHASE_1: 200 MW on 2026-03-01) and decommissioning a site. */
class SiteDecommissioningTest {
  static final SiteDeEnergized OFF_150 =
      new SiteDeEnergized("s1", 150, day("2026-06-01"), SOURCE, REPORTED);
  static final SiteDecommissioned DECOMMISSIONED =
      new SiteDecommissioned("s1", day("2027-01-01"), SOURCE, REPORTED);

  static DeEnergizeSite deEnergize(Double mw, String on) {
    return new DeEnergizeSite("s1", new DeEnergization(mw, day(on), SOURCE, REPORTED));
  }

  static DecommissionSite decommission(String on) {
    return new DecommissionSite("s1", new Decommissioning(day(on), SOURCE, REPORTED));
  }

  @Test
  void energizedPowerIsTakenOffLine() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(deEnergize(150.0, "2026-06-01"))
        .thenEvents(OFF_150);
  }

  @Test
  void allOfItMayGoOffLineButNeverMore() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(deEnergize(200.0, "2026-06-01"))
        .thenEvents(new SiteDeEnergized("s1", 200, day("2026-06-01"), SOURCE, REPORTED));
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(deEnergize(200.5, "2026-06-01"))
        .thenRejected("de-energized-exceeds-energized");
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, OFF_150)
        .when(deEnergize(60.0, "2026-07-01"))
        .thenRejected("de-energized-exceeds-energized");
  }

  @Test
  void energizedMwNeverDropBelowZeroOnALaterDate() {
    // 200 MW from March; 150 off in June. 60 off in April leaves 140 in April, but -10 from June.
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, OFF_150)
        .when(deEnergize(60.0, "2026-04-01"))
        .thenRejected("de-energized-exceeds-energized");
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, OFF_150)
        .when(deEnergize(50.0, "2026-04-01"))
        .thenEvents(new SiteDeEnergized("s1", 50, day("2026-04-01"), SOURCE, REPORTED));
  }

  @Test
  void aDeEnergizationIsNotDatedBeforeTheEnergizationItTakesOff() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(deEnergize(10.0, "2026-02-28"))
        .thenRejected("de-energized-before-energization");
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED)
        .when(deEnergize(10.0, "2026-06-01"))
        .thenRejected("de-energized-before-energization");
  }

  @Test
  void powerTakenOffLineMayComeBackUpToThePlannedCapacity() {
    var full = new SitePhaseEnergized("s1", 1200, "2", day("2026-04-01"), SOURCE, REPORTED);
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, full, OFF_150)
        .when(energize(150.0, "2026-07-01"))
        .thenEvents(new SitePhaseEnergized("s1", 150, "1", day("2026-07-01"), SOURCE, REPORTED));
    // 1400 MW are energized in May, before the 150 went off-line
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, full, OFF_150)
        .when(energize(150.0, "2026-05-01"))
        .thenRejected("energized-exceeds-capacity");
  }

  @Test
  void aSiteIsDecommissioned() {
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED, PHASE_1, OFF_150)
        .when(decommission("2027-01-01"))
        .thenEvents(DECOMMISSIONED);
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(decommission("2025-09-23"))
        .thenEvents(new SiteDecommissioned("s1", day("2025-09-23"), SOURCE, REPORTED));
  }

  @Test
  void aDecommissioningIsNotDatedBeforeTheSitesLastEvent() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, OFF_150)
        .when(decommission("2026-05-31"))
        .thenRejected("decommissioned-before-last-event");
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED)
        .when(decommission("2025-10-04"))
        .thenRejected("decommissioned-before-last-event");
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(decommission("2025-09-22"))
        .thenRejected("dated-before-announcement");
  }

  @Test
  void nothingHappensToADecommissionedSite() {
    for (SiteCommand command :
        List.of(
            start("2027-02-01"),
            revise(1000.0, "2027-02-01"),
            energize(10.0, "2027-02-01"),
            cancel("2027-02-01"),
            deEnergize(10.0, "2027-02-01"),
            decommission("2027-02-01"))) {
      given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, DECOMMISSIONED)
          .when(command)
          .thenRejected("site-decommissioned");
    }
  }

  @Test
  void aCancelledSiteIsNotDecommissioned() {
    given(SiteDecider.INSTANCE, ANNOUNCED, CANCELLED)
        .when(decommission("2027-01-01"))
        .thenRejected("site-cancelled");
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1, CANCELLED)
        .when(deEnergize(10.0, "2027-01-01"))
        .thenRejected("site-cancelled");
  }

  @Test
  void everyMissingFieldIsNamed() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(new DeEnergizeSite("s1", new DeEnergization(null, null, " ", null)))
        .thenInvalid("mw", "deEnergizedOn", "source", "confidence");
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(deEnergize(0.0, "2026-06-01"))
        .thenInvalid("mw");
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new DecommissionSite("s1", new Decommissioning(null, null, null)))
        .thenInvalid("decommissionedOn", "source", "confidence");
  }

  @Test
  void theStateKeepsEnergizedMwDatesAndTheEnd() {
    var site = fold(ANNOUNCED, PHASE_1, OFF_150);
    assertThat(site.status()).isEqualTo(SiteStatus.OPERATIONAL);
    assertThat(site.energizedMw()).isEqualTo(50);
    assertThat(site.powerChanges())
        .containsExactly(
            new PowerChange(day("2026-03-01"), 200), new PowerChange(day("2026-06-01"), -150));

    var ended = fold(ANNOUNCED, PHASE_1, OFF_150, DECOMMISSIONED);
    assertThat(ended.status()).isEqualTo(SiteStatus.DECOMMISSIONED);
    assertThat(ended.energizedMw()).isZero();
    assertThat(ended.decommissionedOn()).isEqualTo(day("2027-01-01"));
    assertThat(ended.operationalOn()).isEqualTo(day("2026-03-01"));
  }
}
