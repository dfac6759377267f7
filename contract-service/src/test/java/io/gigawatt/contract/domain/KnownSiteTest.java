package io.gigawatt.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KnownSiteTest {
  static final LocalDate ON = LocalDate.parse("2025-09-23");
  static final String SOURCE = "https://example.org/site";
  static final SiteAnnounced ANNOUNCED =
      new SiteAnnounced(
          "s1",
          "Stargate Milam County",
          "Stargate",
          new Organization("SB Energy", "US"),
          new Organization("SB Energy", "US"),
          new Location("US", "US-TX", "Milam County"),
          new PlannedPower(1200, null),
          null,
          ON,
          SOURCE,
          Confidence.CONFIRMED);

  @Test
  void siteEventsMoveTheStatus() {
    var site = KnownSite.unknown("s1").after(1, ANNOUNCED);
    assertThat(site)
        .isEqualTo(new KnownSite("s1", SiteStatus.ANNOUNCED, "Stargate Milam County", "US", 1));
    site =
        site.after(2, new SiteCapacityRevised("s1", 1500, "more", ON, SOURCE, Confidence.REPORTED));
    assertThat(site.status()).isEqualTo(SiteStatus.ANNOUNCED);
    site = site.after(3, new SiteConstructionStarted("s1", ON, SOURCE, Confidence.REPORTED));
    assertThat(site.status()).isEqualTo(SiteStatus.UNDER_CONSTRUCTION);
    site = site.after(4, new SitePhaseEnergized("s1", 200, "1", ON, SOURCE, Confidence.REPORTED));
    assertThat(site.status()).isEqualTo(SiteStatus.OPERATIONAL);
    site = site.after(5, new SiteCancelled("s1", "no power", ON, SOURCE, Confidence.REPORTED));
    assertThat(site)
        .isEqualTo(new KnownSite("s1", SiteStatus.CANCELLED, "Stargate Milam County", "US", 5));
  }

  @Test
  void aDecommissionedSiteKeepsItsDate() {
    var site =
        KnownSite.unknown("s1")
            .after(1, ANNOUNCED)
            .after(
                2,
                new SiteDecommissioned(
                    "s1", LocalDate.parse("2030-01-01"), SOURCE, Confidence.REPORTED));
    assertThat(site)
        .isEqualTo(
            new KnownSite(
                "s1",
                SiteStatus.DECOMMISSIONED,
                "Stargate Milam County",
                "US",
                2,
                LocalDate.parse("2030-01-01")));
  }

  @Test
  void anEventNotNewerThanTheSiteChangesNothing() {
    var cancelled =
        KnownSite.unknown("s1")
            .after(1, ANNOUNCED)
            .after(2, new SiteCancelled("s1", "no power", ON, SOURCE, Confidence.REPORTED));
    assertThat(cancelled.after(2, ANNOUNCED)).isEqualTo(cancelled);
    assertThat(cancelled.after(1, ANNOUNCED)).isEqualTo(cancelled);
  }

  @Test
  void aSiteFirstSeenAfterItsAnnouncementIsKnownWithoutName() {
    var site =
        KnownSite.unknown("s1")
            .after(2, new SiteCapacityRevised("s1", 1500, "more", ON, SOURCE, Confidence.REPORTED));
    assertThat(site).isEqualTo(new KnownSite("s1", SiteStatus.ANNOUNCED, null, null, 2));
  }
}
