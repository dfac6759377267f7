package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.ContractBoundsTest.expectInvalid;
import static io.gigawatt.contract.api.ContractBoundsTest.storedEvents;
import static io.gigawatt.contract.api.ContractBoundsTest.with;
import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.DELIVERY;
import static io.gigawatt.contract.api.Requests.deliver;
import static io.gigawatt.contract.api.Requests.post;
import static io.gigawatt.contract.api.Requests.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventSchemas;
import io.gigawatt.events.EventType;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Organization;
import io.gigawatt.eventstore.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A delivery may name the organization that controls its GPUs ({@code owner}): it is stored in the
 * event, shown in the audit trail and published, and it is checked like every organization.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class DeliveryOwnerTest {
  static final String MGX = "{\"name\": \"MGX\", \"country\": \"AE\"}";
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void theOwnerIsStoredShownInTheAuditTrailAndPublished() throws Exception {
    String site = SiteEvents.announceOne(bootstrapServers);
    String contractId = sign(site);
    String path = CONTRACTS + "/" + contractId;
    post(path + "/deliveries", ownedBy(MGX, DELIVERY.formatted("owned", site, 10)))
        .statusCode(201)
        .body("deliveryId", equalTo("owned"))
        .body("version", equalTo(2));
    deliver(contractId, "unowned", site, 10).statusCode(201).body("version", equalTo(3));

    assertThat(JSON.readTree(storedPayload(contractId, 2)).get("owner"))
        .isEqualTo(JSON.readTree(MGX));
    assertThat(JSON.readTree(storedPayload(contractId, 3)).has("owner")).isFalse();

    given()
        .get(path + "/events")
        .then()
        .statusCode(200)
        .body("[1].data.deliveryId", equalTo("owned"))
        .body("[1].data.owner.name", equalTo("MGX"))
        .body("[1].data.owner.country", equalTo("AE"))
        .body("[2].data.deliveryId", equalTo("unowned"))
        .body("[2].data.owner", nullValue());

    var deliveries =
        Requests.published(bootstrapServers, contractId, 3).stream()
            .filter(r -> EventType.GPUS_DELIVERED.ceType().equals(r.header("ce_type")))
            .toList();
    assertThat(deliveries).hasSize(2);
    for (var record : deliveries) {
      assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, record.value())).isEmpty();
    }
    JsonNode owned = JSON.readTree(deliveries.get(0).value());
    assertThat(owned.get("owner")).isEqualTo(JSON.readTree(MGX));
    assertThat(published(deliveries.get(0).value()).owner())
        .isEqualTo(new Organization("MGX", "AE"));
    assertThat(JSON.readTree(deliveries.get(1).value()).has("owner")).isFalse();
    assertThat(published(deliveries.get(1).value()).owner()).isNull();
  }

  @Test
  void anOwnerThatIsNoOrganizationIsRefusedNamingItsField() {
    String deliveries = CONTRACTS + "/" + sign("site-1") + "/deliveries";
    String delivery = DELIVERY.formatted("d-1", "site-1", 10);
    long before = storedEvents();
    expectInvalid(deliveries, ownedBy("{\"country\": \"AE\"}", delivery), "owner.name");
    expectInvalid(
        deliveries, ownedBy("{\"name\": \" \", \"country\": \"AE\"}", delivery), "owner.name");
    expectInvalid(deliveries, ownedBy(with(MGX, "MGX", "m".repeat(201)), delivery), "owner.name");
    expectInvalid(deliveries, ownedBy(with(MGX, "\"MGX\"", "42"), delivery), "owner.name");
    expectInvalid(deliveries, ownedBy("{\"name\": \"MGX\"}", delivery), "owner.country");
    expectInvalid(deliveries, ownedBy(with(MGX, "AE", "ARE"), delivery), "owner.country");
    expectInvalid(deliveries, ownedBy(with(MGX, "AE", "ae"), delivery), "owner.country");
    expectInvalid(deliveries, ownedBy(with(MGX, "AE", "QQ"), delivery), "owner.country");
    expectInvalid(deliveries, ownedBy("\"MGX\"", delivery), "owner");
    expectInvalid(
        deliveries, ownedBy(with(MGX, "}", ", \"role\": \"BUYER\"}"), delivery), "owner.role");
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** The delivery body with an {@code owner}. */
  static String ownedBy(String owner, String delivery) {
    return with(
        delivery,
        "\"confidence\": \"REPORTED\"",
        "\"confidence\": \"REPORTED\", \"owner\": " + owner);
  }

  private static GpusDelivered published(String value) {
    return (GpusDelivered) EventJson.readValidated(EventType.GPUS_DELIVERED.ceType(), value);
  }

  private static String storedPayload(String contractId, int version) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                StoredEvent.<StoredEvent>find("streamId = ?1 and version = ?2", contractId, version)
                    .singleResult()
                    .payload);
  }
}
