package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpcastersTest {
  static final String V1 = "io.gigawatt.site.announced.v1";
  static final String V1_DATA =
      """
      {"siteId":"site-1","name":"Stargate Abilene","program":"Stargate",
       "operator":{"name":"Oracle","country":"US"},"owner":{"name":"Crusoe","country":"US"},
       "location":{"country":"US","subdivision":"US-TX","locality":"Abilene"},
       "plannedCapacityMw":1200,"expectedOnlineOn":"2026-06-30","occurredOn":"2025-01-21",
       "source":"https://openai.com/index/announcing-the-stargate-project/","confidence":"CONFIRMED"}
      """;

  @Test
  void aV1AnnouncementReadsAsV2WithItsCapacityAsFacilityPower() {
    var event = (SiteAnnounced) EventJson.read(V1, V1_DATA);
    assertThat(event.plannedPower()).isEqualTo(new PlannedPower(1200, null));
    assertThat(event.plannedCapacityMw()).isEqualTo(1200);
    assertThat(event.name()).isEqualTo("Stargate Abilene");
    assertThat(EventType.of(event).ceType()).isEqualTo("io.gigawatt.site.announced.v2");
  }

  @Test
  void upcastV1DataValidatesAgainstTheV2Schema() {
    var upcasted = Upcasters.upcast(V1, V1_DATA);
    assertThat(upcasted.type()).isEqualTo(EventType.SITE_ANNOUNCED);
    assertThat(EventSchemas.violations(upcasted.type(), upcasted.json())).isEmpty();
    assertThat(EventJson.readValidated(V1, V1_DATA)).isInstanceOf(SiteAnnounced.class);
  }

  @Test
  void v2IsWrittenWithPlannedPowerOnly() {
    var json = EventJson.write(EventJson.read(V1, V1_DATA));
    assertThat(json)
        .contains("\"plannedPower\":{\"facilityMw\":1200.0}")
        .doesNotContain("plannedCapacityMw");
  }

  @Test
  void theOldTypeNameStillNamesTheType() {
    assertThat(EventType.ofCeType(V1)).isEqualTo(EventType.SITE_ANNOUNCED);
    assertThat(EventType.ofCeType("io.gigawatt.site.announced.v2"))
        .isEqualTo(EventType.SITE_ANNOUNCED);
  }

  @Test
  void currentTypesPassThroughUnchanged() {
    var json =
        "{\"siteId\":\"s\",\"occurredOn\":\"2025-01-01\",\"source\":\"x\",\"confidence\":\"REPORTED\"}";
    assertThat(Upcasters.upcast("io.gigawatt.site.cancelled.v1", json).json()).isEqualTo(json);
  }

  @Test
  void readValidatedRefusesDataThatViolatesTheSchema() {
    assertThatThrownBy(() -> EventJson.readValidated(V1, V1_DATA.replace("1200", "-5")))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("facilityMw");
    assertThatThrownBy(() -> EventJson.readValidated(V1, "not json"))
        .isInstanceOf(MalformedEventException.class);
  }
}
