package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A query that sends a command's X-Consistency-Token back sees that command's effect. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class ReadYourWritesTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aQueryWithTheTokenOfAnAppliedCommandSeesIt() throws Exception {
    String siteId = newId();
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      producer.send(of(newId(), site(siteId, "PE", 77), 1));
      producer.flush();
    }

    given()
        .header(ConsistencyToken.HEADER, new ConsistencyToken(siteId, 1).encode())
        .get("/api/v1/capacity/regions/PE")
        .then()
        .statusCode(200)
        .body("sites.announced", equalTo(1))
        .body("powerMw.planned", equalTo(77.0f));
  }

  @Test
  void aTokenTheViewDoesNotReachInTimeIsAGatewayTimeoutProblem() {
    given()
        .header(ConsistencyToken.HEADER, new ConsistencyToken(newId(), 1).encode())
        .get("/api/v1/capacity/regions")
        .then()
        .statusCode(504)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/consistency-timeout"));
  }

  @Test
  void aMalformedTokenIsAProblemNamingTheHeader() {
    given()
        .header(ConsistencyToken.HEADER, "not a token")
        .get("/api/v1/capacity/regions/PE")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(ConsistencyToken.HEADER));
  }
}
