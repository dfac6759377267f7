package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code owner} of a delivery is an additive field of {@code gpus-delivered.v1}: optional, bounded
 * like every organization, and absent from the data of deliveries that name none.
 */
class GpusDeliveredOwnerTest {
  static final String CE_TYPE = EventType.GPUS_DELIVERED.ceType();
  static final String OWNER = "\"owner\":{\"name\":\"MGX\",\"country\":\"AE\"}";
  static final GpusDelivered WITHOUT_OWNER = withOwner(null);

  @Test
  void theOwnerIsWrittenAndReadBack() {
    String json = EventJson.write(EventJsonTest.DELIVERED);
    assertThat(json).contains(OWNER);
    assertThat(EventJson.readValidated(CE_TYPE, json)).isEqualTo(EventJsonTest.DELIVERED);
  }

  @Test
  void aDeliveryWithoutOwnerHasNoOwnerField() {
    String json = EventJson.write(WITHOUT_OWNER);
    assertThat(json).doesNotContain("owner");
    assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, json)).isEmpty();
    assertThat(EventJson.readValidated(CE_TYPE, json)).isEqualTo(WITHOUT_OWNER);
  }

  @Test
  void theSchemaRefusesAnOwnerThatIsNoBoundedOrganization() {
    String json = EventJson.write(EventJsonTest.DELIVERED);
    var refused =
        List.of(
            "\"owner\":\"MGX\"",
            // no owner is written as no field, as every absent optional field
            "\"owner\":null",
            "\"owner\":{\"country\":\"AE\"}",
            "\"owner\":{\"name\":\"MGX\"}",
            "\"owner\":{\"name\":\"\",\"country\":\"AE\"}",
            "\"owner\":{\"name\":\"" + "m".repeat(201) + "\",\"country\":\"AE\"}",
            "\"owner\":{\"name\":\"MGX\",\"country\":\"ae\"}",
            "\"owner\":{\"name\":\"MGX\",\"country\":\"ARE\"}",
            "\"owner\":{\"name\":42,\"country\":\"AE\"}");
    for (String owner : refused) {
      String bad = json.replace(OWNER, owner);
      assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, bad)).as(owner).isNotEmpty();
      assertThatThrownBy(() -> EventJson.readValidated(CE_TYPE, bad))
          .as(owner)
          .isInstanceOf(MalformedEventException.class);
    }
    String longest = json.replace("MGX", "m".repeat(200));
    assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, longest)).isEmpty();
    assertThat(EventJson.readValidated(CE_TYPE, longest)).isEqualTo(owner("m".repeat(200)));
  }

  private static GpusDelivered owner(String name) {
    return withOwner(new Organization(name, "AE"));
  }

  private static GpusDelivered withOwner(Organization owner) {
    var d = EventJsonTest.DELIVERED;
    return new GpusDelivered(
        d.contractId(),
        d.deliveryId(),
        d.siteId(),
        d.gpuModel(),
        d.count(),
        d.occurredOn(),
        d.source(),
        d.confidence(),
        owner);
  }
}
