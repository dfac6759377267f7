package io.gigawatt.site.domain;

import static io.gigawatt.site.domain.SiteDeciderTest.ANNOUNCED;
import static io.gigawatt.support.domain.DeciderFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteLifecycleTest {
  static final String SOURCE = "https://example.com/report";
  static final Confidence REPORTED = Confidence.REPORTED;
  static final LocalDate BEFORE_ANNOUNCEMENT = LocalDate.parse("2025-09-22");

  static final SiteConstructionStarted STARTED =
      new SiteConstructionStarted("s1", day("2025-10-05"), SOURCE, REPORTED);
  static final SiteCapacityRevised REVISED =
      new SiteCapacityRevised("s1", 1800, "expansion", day("2025-11-01"), SOURCE, REPORTED);
  static final SitePhaseEnergized PHASE_1 =
      new SitePhaseEnergized("s1", 200, "1", day("2026-03-01"), SOURCE, REPORTED);
  static final SiteCancelled CANCELLED =
      new SiteCancelled("s1", "financing fell through", day("2026-04-01"), SOURCE, REPORTED);

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static StartConstruction start(String on) {
    return new StartConstruction("s1", new ConstructionStart(day(on), SOURCE, REPORTED));
  }

  static ReviseCapacity revise(Double mw, String on) {
    return new ReviseCapacity(
        "s1", new CapacityRevision(mw, day(on), "expansion", SOURCE, REPORTED));
  }

  static EnergizePhase energize(Double mw, String on) {
    return new EnergizePhase("s1", new PhaseEnergization(mw, day(on), "1", SOURCE, REPORTED));
  }

  static CancelSite cancel(String on) {
    return new CancelSite(
        "s1", new Cancellation(day(on), "financing fell through", SOURCE, REPORTED));
  }

  @Test
  void constructionStartsOnAnAnnouncedSite() {
    given(SiteDecider.INSTANCE, ANNOUNCED).when(start("2025-10-05")).thenEvents(STARTED);
  }

  @Test
  void constructionStartsOnce() {
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED)
        .when(start("2025-10-06"))
        .thenRejected("construction-already-started");
  }

  @Test
  void anOperationalSiteHasStartedConstruction() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(start("2025-10-05"))
        .thenRejected("construction-already-started");
  }

  @Test
  void capacityIsRevised() {
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED)
        .when(revise(1800.0, "2025-11-01"))
        .thenEvents(REVISED);
  }

  @Test
  void revisedCapacityMustBePositive() {
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(revise(0.0, "2025-11-01"))
        .thenInvalid("plannedCapacityMw");
  }

  @Test
  void capacityIsNotRevisedBelowWhatIsEnergized() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(revise(199.0, "2026-03-02"))
        .thenRejected("capacity-below-energized");
  }

  @Test
  void capacityMayBeRevisedDownToWhatIsEnergized() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(revise(200.0, "2026-03-02"))
        .thenEvents(
            new SiteCapacityRevised("s1", 200, "expansion", day("2026-03-02"), SOURCE, REPORTED));
  }

  @Test
  void aPhaseIsEnergizedUnderConstruction() {
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED)
        .when(energize(200.0, "2026-03-01"))
        .thenEvents(PHASE_1);
  }

  @Test
  void anAnnouncedSiteMayBeEnergizedDirectly() {
    given(SiteDecider.INSTANCE, ANNOUNCED).when(energize(200.0, "2026-03-01")).thenEvents(PHASE_1);
  }

  @Test
  void energizedMwMustBePositive() {
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(energize(-1.0, "2026-03-01"))
        .thenInvalid("energizedMw");
  }

  @Test
  void theEnergizedTotalNeverExceedsThePlannedCapacity() {
    given(SiteDecider.INSTANCE, ANNOUNCED, PHASE_1)
        .when(energize(1200.1, "2026-04-01"))
        .thenRejected("energized-exceeds-capacity");
  }

  @Test
  void theEnergizedTotalMayReachThePlannedCapacity() {
    var tenth = new SitePhaseEnergized("s1", 0.1, "1", day("2026-03-01"), SOURCE, REPORTED);
    given(SiteDecider.INSTANCE, announcedWith(0.3), tenth, tenth)
        .when(energize(0.1, "2026-03-01"))
        .thenEvents(tenth);
  }

  @Test
  void aSiteIsCancelled() {
    given(SiteDecider.INSTANCE, ANNOUNCED, STARTED, PHASE_1)
        .when(cancel("2026-04-01"))
        .thenEvents(CANCELLED);
  }

  @Test
  void nothingHappensToACancelledSite() {
    for (SiteCommand command :
        List.of(
            start("2026-05-01"),
            revise(1000.0, "2026-05-01"),
            energize(10.0, "2026-05-01"),
            cancel("2026-05-01"))) {
      given(SiteDecider.INSTANCE, ANNOUNCED, CANCELLED)
          .when(command)
          .thenRejected("site-cancelled");
    }
  }

  @Test
  void nothingIsDatedBeforeTheAnnouncement() {
    for (SiteCommand command :
        List.of(
            start("2025-09-22"),
            revise(1000.0, "2025-09-22"),
            energize(10.0, "2025-09-22"),
            cancel("2025-09-22"))) {
      given(SiteDecider.INSTANCE, ANNOUNCED)
          .when(command)
          .thenRejected("dated-before-announcement");
    }
  }

  @Test
  void aCommandOnTheAnnouncementDayIsAccepted() {
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(start("2025-09-23"))
        .thenEvents(new SiteConstructionStarted("s1", day("2025-09-23"), SOURCE, REPORTED));
  }

  @Test
  void aSiteThatWasNeverAnnouncedIsRefused() {
    given(SiteDecider.INSTANCE).when(start("2025-10-05")).thenRejected("site-not-announced");
  }

  @Test
  void everyCommandNamesItsMissingFields() {
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new StartConstruction("s1", new ConstructionStart(null, " ", null)))
        .thenInvalid("startedOn", "source", "confidence");
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new ReviseCapacity("s1", new CapacityRevision(null, null, null, null, null)))
        .thenInvalid("plannedCapacityMw", "revisedOn", "source", "confidence");
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new EnergizePhase("s1", new PhaseEnergization(null, null, null, null, null)))
        .thenInvalid("energizedMw", "energizedOn", "source", "confidence");
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new CancelSite("s1", new Cancellation(null, null, null, null)))
        .thenInvalid("cancelledOn", "source", "confidence");
  }

  @Test
  void theStateKeepsStatusMegawattsAndDates() {
    var phase2 = new SitePhaseEnergized("s1", 400, "2", day("2026-02-01"), SOURCE, REPORTED);
    var site = fold(ANNOUNCED, STARTED, REVISED, PHASE_1, phase2);
    assertThat(site.status()).isEqualTo(SiteStatus.OPERATIONAL);
    assertThat(site.plannedCapacityMw()).isEqualTo(1800);
    assertThat(site.energizedMw()).isEqualTo(600);
    assertThat(site.constructionStartedOn()).isEqualTo(day("2025-10-05"));
    assertThat(site.capacityRevisedOn()).isEqualTo(day("2025-11-01"));
    assertThat(site.operationalOn()).isEqualTo(day("2026-02-01"));
    assertThat(site.cancelledOn()).isNull();

    var cancelled = SiteDecider.INSTANCE.evolve(site, CANCELLED);
    assertThat(cancelled.status()).isEqualTo(SiteStatus.CANCELLED);
    assertThat(cancelled.cancelledOn()).isEqualTo(day("2026-04-01"));
  }

  @Test
  void statusesFollowTheLifecycle() {
    assertThat(fold(ANNOUNCED).status()).isEqualTo(SiteStatus.ANNOUNCED);
    assertThat(fold(ANNOUNCED, STARTED).status()).isEqualTo(SiteStatus.UNDER_CONSTRUCTION);
    assertThat(fold(ANNOUNCED, STARTED, REVISED).status()).isEqualTo(SiteStatus.UNDER_CONSTRUCTION);
    assertThat(fold(ANNOUNCED, PHASE_1).status()).isEqualTo(SiteStatus.OPERATIONAL);
    assertThat(fold(ANNOUNCED, CANCELLED).status()).isEqualTo(SiteStatus.CANCELLED);
  }

  static Site fold(SiteEvent... events) {
    return SiteDecider.INSTANCE.fold(List.of(events));
  }

  static SiteAnnounced announcedWith(double mw) {
    var a = ANNOUNCED;
    return new SiteAnnounced(
        a.siteId(),
        a.name(),
        a.program(),
        a.operator(),
        a.owner(),
        a.location(),
        new PlannedPower(mw, null),
        a.expectedOnlineOn(),
        a.occurredOn(),
        a.source(),
        a.confidence());
  }
}
