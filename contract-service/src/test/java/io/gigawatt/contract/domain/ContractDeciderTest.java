package io.gigawatt.contract.domain;

import static io.gigawatt.support.domain.DeciderFixture.given;

import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDeciderTest {
  static final String SOURCE = "https://example.org/oracle-openai";
  static final LocalDate SIGNED_ON = LocalDate.parse("2025-07-22");
  static final List<Party> PARTIES =
      List.of(
          new Party("OpenAI", "US", PartyRole.BUYER),
          new Party("Oracle", "US", PartyRole.PROVIDER));

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

  static GpuDelivery delivery(String id, String site, String model, long count, String on) {
    return new GpuDelivery(
        id, site, model, count, LocalDate.parse(on), SOURCE, Confidence.REPORTED);
  }

  static GpusDelivered delivered(String id, long count) {
    return new GpusDelivered(
        "c1",
        id,
        "abilene",
        "nvidia-gb200",
        count,
        LocalDate.parse("2025-09-26"),
        SOURCE,
        Confidence.REPORTED);
  }

  @Test
  void signingRecordsContractSigned() {
    given(ContractDecider.INSTANCE)
        .when(new SignContract("c1", terms("nvidia-gb200", 100_000)))
        .thenEvents(SIGNED);
  }

  @Test
  void unknownGpuModelsAndBadPartiesAreNamed() {
    var bad =
        new ContractTerms(
            ContractKind.GPU_SUPPLY,
            "t",
            null,
            List.of(new Party("Nobody", "ZZ", null)),
            -1L,
            0,
            null,
            "nvidia-rtx-9090",
            10,
            null,
            SIGNED_ON,
            SOURCE,
            Confidence.REPORTED);
    given(ContractDecider.INSTANCE)
        .when(new SignContract("c1", bad))
        .thenInvalid("parties[0].country", "parties[0].role", "valueUsd", "termMonths", "gpuModel");
  }

  @Test
  void deliveringRecordsGpusDelivered() {
    given(ContractDecider.INSTANCE, SIGNED)
        .when(
            new DeliverGpus("c1", delivery("d1", "abilene", "nvidia-gb200", 64_000, "2025-09-26")))
        .thenEvents(delivered("d1", 64_000));
  }

  @Test
  void deliveriesNeverExceedTheCommittedCount() {
    given(ContractDecider.INSTANCE, SIGNED, delivered("d1", 64_000))
        .when(
            new DeliverGpus("c1", delivery("d2", "abilene", "nvidia-gb200", 36_001, "2025-10-01")))
        .thenRejected("delivery-exceeds-commitment");
  }

  @Test
  void aDeliveryIdDeliversOnce() {
    given(ContractDecider.INSTANCE, SIGNED, delivered("d1", 10))
        .when(new DeliverGpus("c1", delivery("d1", "abilene", "nvidia-gb200", 10, "2025-10-01")))
        .thenRejected("delivery-exists");
  }

  @Test
  void deliveriesGoToCoveredSitesOnly() {
    given(ContractDecider.INSTANCE, SIGNED)
        .when(new DeliverGpus("c1", delivery("d1", "elsewhere", "nvidia-gb200", 10, "2025-10-01")))
        .thenRejected("site-not-covered");
  }

  @Test
  void deliveriesBringTheCommittedModel() {
    given(ContractDecider.INSTANCE, SIGNED)
        .when(new DeliverGpus("c1", delivery("d1", "abilene", "amd-mi355x", 10, "2025-10-01")))
        .thenRejected("gpu-model-mismatch");
  }

  @Test
  void noDeliveryBeforeSigning() {
    given(ContractDecider.INSTANCE, SIGNED)
        .when(new DeliverGpus("c1", delivery("d1", "abilene", "nvidia-gb200", 10, "2025-01-01")))
        .thenRejected("delivery-before-signing");
  }

  @Test
  void aDeliveryNeedsAKnownModelAndAPositiveCount() {
    given(ContractDecider.INSTANCE, SIGNED)
        .when(new DeliverGpus("c1", delivery("d1", "abilene", "nvidia-rtx-9090", 0, "2025-10-01")))
        .thenInvalid("gpuModel", "count");
  }
}
