package io.gigawatt.eventstore.testapp;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import java.time.LocalDate;

/** Test events: the existing SiteAnnounced record stands in for any event. */
public final class TestEvents {
  private TestEvents() {}

  public static SiteAnnounced announced(String siteId, String name, double plannedCapacityMw) {
    var org = new Organization("Test Operator", "US");
    return new SiteAnnounced(
        siteId,
        name,
        "Test",
        org,
        org,
        new Location("US", null, null),
        new PlannedPower(plannedCapacityMw, null),
        null,
        LocalDate.parse("2025-01-01"),
        "https://example.test/" + siteId,
        Confidence.REPORTED);
  }

  public static SiteAnnounced announced(String siteId) {
    return announced(siteId, "Test site", 100);
  }
}
