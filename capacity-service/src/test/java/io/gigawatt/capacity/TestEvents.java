package io.gigawatt.capacity;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteCapacityRevised;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import java.util.List;

/** Event data for tests. */
public final class TestEvents {
  static final LocalDate DAY = LocalDate.of(2025, 9, 23);
  static final String SOURCE = "https://example.org/source";

  private TestEvents() {}

  public static SiteAnnounced site(String siteId, String country, double plannedMw) {
    return site(siteId, country, null, plannedMw);
  }

  public static SiteAnnounced site(
      String siteId, String country, String subdivision, double plannedMw) {
    var oracle = new Organization("Oracle", "US");
    return new SiteAnnounced(
        siteId,
        "Site " + siteId,
        "Stargate",
        oracle,
        oracle,
        new Location(country, subdivision, null),
        new PlannedPower(plannedMw, null),
        null,
        DAY,
        SOURCE,
        Confidence.CONFIRMED);
  }

  public static ContractSigned contract(
      String contractId,
      long valueUsd,
      double committedMw,
      List<String> siteIds,
      Party... parties) {
    return new ContractSigned(
        contractId,
        ContractKind.CLOUD_CAPACITY,
        "Contract " + contractId,
        "Stargate",
        List.of(parties),
        valueUsd,
        60,
        committedMw,
        null,
        null,
        siteIds,
        DAY,
        SOURCE,
        Confidence.REPORTED);
  }

  public static Party party(String name, String country, PartyRole role) {
    return new Party(name, country, role);
  }

  public static GpusDelivered delivery(
      String contractId, String deliveryId, String siteId, String model, long count) {
    return new GpusDelivered(
        contractId, deliveryId, siteId, model, count, DAY, SOURCE, Confidence.REPORTED, null);
  }

  public static SiteConstructionStarted constructionStarted(String siteId) {
    return new SiteConstructionStarted(siteId, DAY, SOURCE, Confidence.CONFIRMED);
  }

  public static SiteCapacityRevised revised(String siteId, double plannedMw) {
    return new SiteCapacityRevised(siteId, plannedMw, "revised", DAY, SOURCE, Confidence.REPORTED);
  }

  public static SitePhaseEnergized energized(String siteId, double mw) {
    return new SitePhaseEnergized(siteId, mw, "phase", DAY, SOURCE, Confidence.CONFIRMED);
  }

  public static SiteCancelled cancelled(String siteId) {
    return new SiteCancelled(siteId, "cancelled", DAY, SOURCE, Confidence.REPORTED);
  }

  /** An amendment of the value, the committed MW and the covered sites; null leaves one as is. */
  public static ContractAmended amended(
      String contractId, Long valueUsd, Double committedMw, List<String> siteIds) {
    return new ContractAmended(
        contractId,
        valueUsd,
        committedMw,
        null,
        null,
        siteIds,
        "amended",
        DAY,
        SOURCE,
        Confidence.REPORTED);
  }

  public static ContractTerminated terminated(String contractId) {
    return new ContractTerminated(contractId, "terminated", DAY, SOURCE, Confidence.REPORTED);
  }
}
