package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.Requests.CONTRACT;
import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.deliver;
import static io.gigawatt.contract.api.Requests.post;
import static io.gigawatt.contract.api.Requests.rejected;
import static io.gigawatt.contract.api.Requests.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class ContractResourceTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void brokenRulesAndBadInputAreProblemsAndStoreNothing() {
    String site = SiteEvents.announceOne(bootstrapServers);
    String contractId = sign(site);
    long before = storedEvents();
    rejected(deliver(contractId, "too-many", site, 100_001), "delivery-exceeds-commitment");
    post(
            CONTRACTS + "/" + contractId + "/deliveries",
            Requests.DELIVERY.formatted("d", site, 10).replace("nvidia-gb200", "nvidia-rtx-9090"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("gpuModel"));
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(Requests.DELIVERY.formatted("d", site, 10))
        .post(CONTRACTS + "/" + contractId + "/deliveries")
        .then()
        .statusCode(412)
        .header("ETag", "\"1\"");
    post(CONTRACTS, CONTRACT.formatted("").replace("\"termMonths\": 60", "\"discount\": 5"))
        .statusCode(400)
        .body("errors.field", hasItem("discount"));
    post(
            CONTRACTS,
            CONTRACT
                .formatted("")
                .replace(
                    "\"country\": \"US\", \"role\": \"BUYER\"",
                    "\"country\": \"USA\", \"role\": \"BUYER\""))
        .statusCode(400)
        .body("errors.field", hasItem("parties[0].country"));
    deliver("no-such-contract", "d", site, 10)
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void amendmentsAndTerminationsAreCheckedLikeDeliveries() {
    String contractId = sign();
    long before = storedEvents();
    String amendments = CONTRACTS + "/" + contractId + "/amendments";
    post(
            amendments,
            "{\"amendedOn\": \"2025-12-01\", \"source\": \"s\", \"confidence\": \"REPORTED\"}")
        .statusCode(400)
        .body("errors.field", hasItem("body"));
    post(amendments, Requests.AMEND_GPU_COUNT.formatted(100_000).replace("\"reason\"", "\"why\""))
        .statusCode(400)
        .body("errors.field", hasItem("why"));
    rejected(
        post(amendments, Requests.AMEND_GPU_COUNT.formatted(100_000)), "amendment-changes-nothing");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(Requests.AMEND_GPU_COUNT.formatted(200_000))
        .post(amendments)
        .then()
        .statusCode(412)
        .header("ETag", "\"1\"");
    post(CONTRACTS + "/" + contractId + "/termination", "{\"terminatedOn\": \"2026-01-01\"}")
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    rejected(
        post(
            CONTRACTS + "/" + contractId + "/termination",
            Requests.TERMINATION.replace("2026-03-01", "2025-07-01")),
        "termination-before-signing");
    post(CONTRACTS + "/no-such-contract/termination", Requests.TERMINATION).statusCode(404);
    assertThat(storedEvents()).isEqualTo(before);
    given().get(CONTRACTS + "/" + contractId).then().body("status", equalTo("ACTIVE"));
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
