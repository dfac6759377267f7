package io.gigawatt.contract.domain;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Organization;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import java.time.LocalDate;
import java.util.List;

/** A signed contract (100,000 GB200s for site "abilene") and the events and commands around it. */
final class Fixtures {
  static final String SOURCE = "https://example.org/oracle-openai";
  static final LocalDate SIGNED_ON = LocalDate.parse("2025-07-22");
  static final List<Party> PARTIES =
      List.of(
          new Party("OpenAI", "US", PartyRole.BUYER),
          new Party("Oracle", "US", PartyRole.PROVIDER));

  static final ContractSigned SIGNED =
      new ContractSigned(
          "c1",
          ContractKind.CLOUD_CAPACITY,
          "Oracle–OpenAI 4.5 GW",
          "Stargate",
          PARTIES,
          300_000_000_000L,
          60,
          4500.0,
          "nvidia-gb200",
          100_000,
          List.of("abilene"),
          SIGNED_ON,
          SOURCE,
          Confidence.REPORTED);

  static final ContractTerminated TERMINATED =
      new ContractTerminated(
          "c1",
          "cancelled by the buyer",
          LocalDate.parse("2026-01-15"),
          SOURCE,
          Confidence.REPORTED);

  private Fixtures() {}

  static ContractTerms terms(String gpuModel, Integer gpuCount) {
    return new ContractTerms(
        ContractKind.CLOUD_CAPACITY,
        "Oracle–OpenAI 4.5 GW",
        "Stargate",
        PARTIES,
        300_000_000_000L,
        60,
        4500.0,
        gpuModel,
        gpuCount,
        List.of("abilene"),
        SIGNED_ON,
        SOURCE,
        Confidence.REPORTED);
  }

  static GpuDelivery delivery(String id, String site, String model, long count, String on) {
    return delivery(id, site, model, count, on, null);
  }

  static GpuDelivery delivery(
      String id, String site, String model, long count, String on, Organization owner) {
    return new GpuDelivery(
        id, site, model, count, LocalDate.parse(on), SOURCE, Confidence.REPORTED, owner);
  }

  static DeliverGpus deliver(String id, long count, String on) {
    return deliver(id, count, on, SiteStatus.ANNOUNCED);
  }

  static DeliverGpus deliver(String id, long count, String on, SiteStatus site) {
    return new DeliverGpus("c1", delivery(id, "abilene", "nvidia-gb200", count, on), site);
  }

  static GpusDelivered delivered(String id, long count) {
    return delivered(id, "abilene", count);
  }

  static GpusDelivered delivered(String id, String site, long count) {
    return delivered(id, site, count, null);
  }

  static GpusDelivered delivered(String id, String site, long count, Organization owner) {
    return new GpusDelivered(
        "c1",
        id,
        site,
        "nvidia-gb200",
        count,
        LocalDate.parse("2025-09-26"),
        SOURCE,
        Confidence.REPORTED,
        owner);
  }

  /** An amendment on 2025-12-01 setting only gpuCount and siteIds (either may be null). */
  static AmendContract amend(Integer gpuCount, List<String> siteIds) {
    return new AmendContract(
        "c1",
        new ContractAmendment(
            LocalDate.parse("2025-12-01"),
            null,
            null,
            gpuCount,
            null,
            siteIds,
            null,
            SOURCE,
            Confidence.REPORTED));
  }

  static ContractAmended amended(Integer gpuCount, List<String> siteIds) {
    return new ContractAmended(
        "c1",
        null,
        null,
        gpuCount,
        null,
        siteIds,
        null,
        LocalDate.parse("2025-12-01"),
        SOURCE,
        Confidence.REPORTED);
  }

  static TerminateContract terminate(String on) {
    return new TerminateContract(
        "c1",
        new ContractTermination(
            LocalDate.parse(on), "cancelled by the buyer", SOURCE, Confidence.REPORTED));
  }
}
