package io.gigawatt.site.domain;

import static io.gigawatt.support.domain.DeciderFixture.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SiteDeciderTest {
  static final LocalDate ANNOUNCED_ON = LocalDate.parse("2025-09-23");
  static final String SOURCE = "https://openai.com/index/five-new-stargate-sites/";

  static SiteAnnouncement shackelford(Double mw, Location location) {
    return new SiteAnnouncement(
        "Stargate Shackelford County",
        "Stargate",
        new Organization("Oracle", "US"),
        new Organization("Vantage Data Centers", "US"),
        location,
        mw,
        null,
        LocalDate.parse("2026-12-31"),
        ANNOUNCED_ON,
        SOURCE,
        Confidence.CONFIRMED);
  }

  static final Location TEXAS = new Location("US", "US-TX", "Shackelford County");

  static final SiteAnnounced ANNOUNCED =
      new SiteAnnounced(
          "s1",
          "Stargate Shackelford County",
          "Stargate",
          new Organization("Oracle", "US"),
          new Organization("Vantage Data Centers", "US"),
          TEXAS,
          new PlannedPower(1400, null),
          LocalDate.parse("2026-12-31"),
          ANNOUNCED_ON,
          SOURCE,
          Confidence.CONFIRMED);

  @Test
  void announcingANewSiteRecordsSiteAnnounced() {
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", shackelford(1400.0, TEXAS)))
        .thenEvents(ANNOUNCED);
  }

  @Test
  void figuresDatesAndTextsBeyondTheirPhysicalBoundsAreInvalid() {
    var beyond =
        new SiteAnnouncement(
            "n".repeat(201),
            "p".repeat(201),
            new Organization("o".repeat(201), "US"),
            new Organization("Vantage Data Centers", "US"),
            new Location("US", "US-TX", "l".repeat(201)),
            1e308,
            1e308,
            LocalDate.of(2101, 1, 1),
            LocalDate.of(1949, 12, 31),
            "s".repeat(2_001),
            Confidence.CONFIRMED);
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", beyond))
        .thenInvalid(
            "name",
            "program",
            "operator.name",
            "location.locality",
            "plannedCapacityMw",
            "itLoadMw",
            "expectedOnlineOn",
            "announcedOn",
            "source");
  }

  @Test
  void aSiteIsAnnouncedOnce() {
    given(SiteDecider.INSTANCE, ANNOUNCED)
        .when(new AnnounceSite("s1", shackelford(1400.0, TEXAS)))
        .thenRejected("site-exists");
  }

  @Test
  void capacityMustBePositive() {
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", shackelford(-5.0, TEXAS)))
        .thenInvalid("plannedCapacityMw");
  }

  @Test
  void anAnnouncedItLoadTravelsBesideTheFacilityPowerAndNeverExceedsIt() {
    var withItLoad =
        new SiteAnnouncement(
            "Stargate UAE",
            null,
            new Organization("G42", "AE"),
            new Organization("G42", "AE"),
            new Location("AE", null, "Abu Dhabi"),
            1000.0,
            800.0,
            null,
            ANNOUNCED_ON,
            SOURCE,
            Confidence.REPORTED);
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("uae", withItLoad))
        .thenEvents(
            new SiteAnnounced(
                "uae",
                "Stargate UAE",
                null,
                new Organization("G42", "AE"),
                new Organization("G42", "AE"),
                new Location("AE", null, "Abu Dhabi"),
                new PlannedPower(1000, 800.0),
                null,
                ANNOUNCED_ON,
                SOURCE,
                Confidence.REPORTED));
    var tooMuch =
        new SiteAnnouncement(
            "x",
            null,
            new Organization("G42", "AE"),
            new Organization("G42", "AE"),
            new Location("AE", null, null),
            1000.0,
            1200.0,
            null,
            ANNOUNCED_ON,
            SOURCE,
            Confidence.REPORTED);
    given(SiteDecider.INSTANCE).when(new AnnounceSite("x", tooMuch)).thenInvalid("itLoadMw");
  }

  @Test
  void capacityIsRequired() {
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", shackelford(null, TEXAS)))
        .thenInvalid("plannedCapacityMw");
  }

  @Test
  void countryAndSubdivisionMustBeIsoCodesThatFitTogether() {
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", shackelford(1400.0, new Location("QQ", "US-TX", null))))
        .thenInvalid("location.country", "location.subdivision");
  }

  @Test
  void aLocationMayBeUnknownButThenHasNoSubdivision() {
    var unknown = shackelford(1400.0, new Location("XX", null, "somewhere"));
    assertThat(unknown.validate()).isEmpty();
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", shackelford(1400.0, new Location("XX", "XX-1", null))))
        .thenInvalid("location.subdivision");
  }

  @Test
  void everyMissingFieldIsNamed() {
    var empty =
        new SiteAnnouncement(null, null, null, null, null, null, null, null, null, null, null);
    given(SiteDecider.INSTANCE)
        .when(new AnnounceSite("s1", empty))
        .thenInvalid(
            "name",
            "operator",
            "owner",
            "location",
            "plannedCapacityMw",
            "announcedOn",
            "source",
            "confidence");
  }
}
