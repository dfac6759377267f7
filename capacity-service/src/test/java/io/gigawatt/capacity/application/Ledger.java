package io.gigawatt.capacity.application;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import java.time.LocalDate;
import java.util.List;

/** Events with the dates, owners, kinds and parties the sovereignty and time-travel rules need. */
final class Ledger {
  static final LocalDate DAY = LocalDate.of(2025, 9, 23);
  static final String SOURCE = "https://example.org/source";
  static final String H100 = "nvidia-h100";
  static final String ASCEND_910B = "huawei-ascend-910b";

  private Ledger() {}

  static SiteAnnounced site(
      String id, String location, String ownerCountry, double mw, LocalDate on) {
    String country = location.substring(0, 2);
    String subdivision = location.length() > 2 ? location : null;
    var owner = new Organization("Owner of " + id, ownerCountry);
    return new SiteAnnounced(
        id,
        "Site " + id,
        null,
        owner,
        owner,
        new Location(country, subdivision, null),
        new PlannedPower(mw, null),
        null,
        on,
        SOURCE,
        Confidence.CONFIRMED);
  }

  static SiteAnnounced site(String id, String location, String ownerCountry) {
    return site(id, location, ownerCountry, 100, DAY);
  }

  static ContractSigned contract(
      String id, ContractKind kind, List<String> sites, LocalDate on, Party... parties) {
    return new ContractSigned(
        id,
        kind,
        "Contract " + id,
        null,
        List.of(parties),
        1_000L,
        12,
        10.0,
        null,
        null,
        sites,
        on,
        SOURCE,
        Confidence.REPORTED);
  }

  static ContractSigned contract(String id, ContractKind kind, String site, Party... parties) {
    return contract(id, kind, List.of(site), DAY, parties);
  }

  static Party party(String country, PartyRole role) {
    return new Party(role + " " + country, country, role);
  }

  static GpusDelivered delivery(
      String contract, String site, String model, long count, String ownerCountry, LocalDate on) {
    return new GpusDelivered(
        contract,
        contract + "-" + site + "-" + model + "-" + on,
        site,
        model,
        count,
        on,
        SOURCE,
        Confidence.REPORTED,
        ownerCountry == null ? null : new Organization("Owner " + ownerCountry, ownerCountry));
  }

  static GpusDelivered delivery(String contract, String site, long h100s) {
    return delivery(contract, site, H100, h100s, null, DAY);
  }
}
