package io.gigawatt.contract.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventSchemas;
import io.gigawatt.events.EventType;
import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.StoredEvent;
import io.gigawatt.eventstore.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class ContractResourceTest {
  static final String CONTRACT =
      """
      { "kind": "CLOUD_CAPACITY", "title": "Oracle–OpenAI 4.5 GW", "program": "Stargate",
        "parties": [{"name": "OpenAI", "country": "US", "role": "BUYER"},
                    {"name": "Oracle", "country": "US", "role": "PROVIDER"}],
        "valueUsd": 300000000000, "termMonths": 60, "committedMw": 4500,
        "gpuModel": "nvidia-gb200", "gpuCount": 100000, "siteIds": ["abilene"],
        "signedOn": "2025-07-22", "source": "https://example.org/oracle-openai", "confidence": "REPORTED" }
      """;
  static final String DELIVERY =
      """
      { "deliveryId": "%s", "siteId": "abilene", "gpuModel": "nvidia-gb200", "count": %d,
        "deliveredOn": "2025-09-26", "source": "https://example.org/gb200", "confidence": "REPORTED" }
      """;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void signAndDeliverThenBothEventsAreOnTheTopicInOrder() {
    String contractId = sign();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(DELIVERY.formatted("d-1", 64_000))
        .post("/api/v1/contracts/" + contractId + "/deliveries")
        .then()
        .statusCode(201)
        .header("ETag", "\"2\"")
        .body("contractId", equalTo(contractId))
        .body("deliveryId", equalTo("d-1"))
        .body("version", equalTo(2));

    given()
        .get("/api/v1/contracts/" + contractId)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("gpusDelivered", equalTo(64_000))
        .body("terms.committedMw", equalTo(4500.0f));

    var records =
        TopicReader.readUntil(
            bootstrapServers,
            Topics.CONTRACT_EVENTS,
            read -> read.stream().filter(r -> contractId.equals(r.key())).count() == 2,
            Duration.ofSeconds(30));
    var mine = records.stream().filter(r -> contractId.equals(r.key())).toList();
    assertThat(mine)
        .extracting(r -> r.header("ce_type"))
        .containsExactly(
            "io.gigawatt.contract.signed.v1", "io.gigawatt.contract.gpus-delivered.v1");
    assertThat(mine).extracting(r -> r.header("ce_sequence")).containsExactly("1", "2");
    assertThat(mine.get(0).partition()).isEqualTo(mine.get(1).partition());
    assertThat(EventSchemas.violations(EventType.CONTRACT_SIGNED, mine.get(0).value())).isEmpty();
    assertThat(EventSchemas.violations(EventType.GPUS_DELIVERED, mine.get(1).value())).isEmpty();
  }

  @Test
  void brokenRulesAndBadInputAreProblemsAndStoreNothing() {
    String contractId = sign();
    long before = storedEvents();
    given()
        .contentType(ContentType.JSON)
        .body(DELIVERY.formatted("too-many", 100_001))
        .post("/api/v1/contracts/" + contractId + "/deliveries")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/rule/delivery-exceeds-commitment"));
    given()
        .contentType(ContentType.JSON)
        .body(DELIVERY.formatted("d", 10).replace("nvidia-gb200", "nvidia-rtx-9090"))
        .post("/api/v1/contracts/" + contractId + "/deliveries")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("gpuModel"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(DELIVERY.formatted("d", 10))
        .post("/api/v1/contracts/" + contractId + "/deliveries")
        .then()
        .statusCode(412)
        .header("ETag", "\"1\"");
    given()
        .contentType(ContentType.JSON)
        .body(CONTRACT.replace("\"termMonths\": 60", "\"termMonths\": 60, \"discount\": 5"))
        .post("/api/v1/contracts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("discount"));
    given()
        .contentType(ContentType.JSON)
        .body(
            CONTRACT.replace(
                "\"country\": \"US\", \"role\": \"BUYER\"",
                "\"country\": \"USA\", \"role\": \"BUYER\""))
        .post("/api/v1/contracts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("parties[0].country"));
    given()
        .contentType(ContentType.JSON)
        .body(DELIVERY.formatted("d", 10))
        .post("/api/v1/contracts/no-such-contract/deliveries")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(storedEvents()).isEqualTo(before);
  }

  private static String sign() {
    return given()
        .contentType(ContentType.JSON)
        .body(CONTRACT)
        .post("/api/v1/contracts")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .extract()
        .path("contractId");
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
