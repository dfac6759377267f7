package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  static final SiteAnnounced ANNOUNCED =
      new SiteAnnounced(
          "site-1",
          "Stargate Abilene",
          "Stargate",
          new Organization("Oracle", "US"),
          new Organization("Crusoe", "US"),
          new Location("US", "US-TX", "Abilene"),
          new PlannedPower(1200, 1000.0),
          LocalDate.parse("2026-06-30"),
          LocalDate.parse("2025-01-21"),
          "https://example.org/abilene",
          Confidence.CONFIRMED);

  static final ContractSigned SIGNED =
      new ContractSigned(
          "contract-1",
          ContractKind.CLOUD_CAPACITY,
          "Oracle–OpenAI 4.5 GW",
          "Stargate",
          List.of(
              new Party("OpenAI", "US", PartyRole.BUYER),
              new Party("Oracle", "US", PartyRole.PROVIDER)),
          300_000_000_000L,
          60,
          4500.0,
          null,
          null,
          List.of("site-1"),
          LocalDate.parse("2025-07-22"),
          "https://example.org/oracle-openai",
          Confidence.REPORTED);

  static final GpusDelivered DELIVERED =
      new GpusDelivered(
          "contract-1",
          "delivery-1",
          "site-1",
          "nvidia-gb200",
          64_000,
          LocalDate.parse("2025-09-26"),
          "https://example.org/gb200",
          Confidence.REPORTED,
          new Organization("MGX", "AE"));

  static final LocalDate ON = LocalDate.parse("2025-10-05");
  static final String SRC = "https://example.org/news";

  static final List<DomainEvent> ONE_OF_EACH_TYPE =
      List.of(
          ANNOUNCED,
          new SiteConstructionStarted("site-1", ON, SRC, Confidence.REPORTED),
          new SiteCapacityRevised("site-1", 1800, "expansion", ON, SRC, Confidence.REPORTED),
          new SitePhaseEnergized("site-1", 200, "phase 1", ON, SRC, Confidence.CONFIRMED),
          new SiteCancelled("site-1", "financing fell through", ON, SRC, Confidence.SPECULATIVE),
          new SiteDeEnergized("site-1", 50, ON, SRC, Confidence.REPORTED),
          new SiteDecommissioned("site-1", ON, SRC, Confidence.CONFIRMED),
          SIGNED,
          new ContractAmended(
              "contract-1",
              350_000_000_000L,
              null,
              120_000,
              null,
              null,
              "more GPUs",
              ON,
              SRC,
              Confidence.REPORTED),
          DELIVERED,
          new ContractTerminated("contract-1", "ended early", ON, SRC, Confidence.CONFIRMED),
          new GpusRetired(
              "contract-1", "site-1", "nvidia-gb200", 1_000, ON, SRC, Confidence.REPORTED));

  @Test
  void theSamplesCoverEveryType() {
    assertThat(ONE_OF_EACH_TYPE.stream().map(EventType::of))
        .containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void everyEventRoundTripsThroughItsCloudEventsType() {
    for (DomainEvent event : ONE_OF_EACH_TYPE) {
      var type = EventType.of(event);
      assertThat(EventJson.read(type.ceType(), EventJson.write(event))).isEqualTo(event);
    }
  }

  @Test
  void producedEventsValidateAgainstTheirSchema() {
    for (DomainEvent event : ONE_OF_EACH_TYPE) {
      assertThat(EventSchemas.violations(EventType.of(event), EventJson.write(event))).isEmpty();
    }
  }

  @Test
  void schemaRejectsAnEventWithoutItsRequiredFields() {
    assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, "{\"contractId\":\"c\"}"))
        .anySatisfy(message -> assertThat(message).contains("deliveryId"));
  }

  @Test
  void readersIgnoreFieldsAddedLater() {
    var json = EventJson.write(DELIVERED).replace("{", "{\"addedInAFutureRelease\":42,");
    assertThat(EventJson.read("io.gigawatt.contract.gpus-delivered.v1", json)).isEqualTo(DELIVERED);
  }

  @Test
  void unknownTypesAreRefused() {
    assertThatThrownBy(() -> EventJson.read("io.gigawatt.site.teleported.v1", "{}"))
        .isInstanceOf(UnknownEventTypeException.class);
  }

  @Test
  void topicsAndSourcesFollowTheProducer() {
    assertThat(EventType.SITE_ANNOUNCED.topic()).isEqualTo("gigawatt.site.events");
    assertThat(EventType.GPUS_DELIVERED.topic()).isEqualTo("gigawatt.contract.events");
    assertThat(EventType.CONTRACT_SIGNED.ceSource()).isEqualTo("/gigawatt/contract-service");
    assertThat(ANNOUNCED.aggregateId()).isEqualTo("site-1");
    assertThat(DELIVERED.aggregateId()).isEqualTo("contract-1");
  }
}
