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
          1200,
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
          Confidence.REPORTED);

  @Test
  void everyEventRoundTripsThroughItsCloudEventsType() {
    for (DomainEvent event : List.of(ANNOUNCED, SIGNED, DELIVERED)) {
      var type = EventType.of(event);
      assertThat(EventJson.read(type.ceType(), EventJson.write(event))).isEqualTo(event);
    }
  }

  @Test
  void producedEventsValidateAgainstTheirSchema() {
    for (DomainEvent event : List.of(ANNOUNCED, SIGNED, DELIVERED)) {
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
