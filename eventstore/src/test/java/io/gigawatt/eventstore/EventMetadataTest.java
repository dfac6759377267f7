package io.gigawatt.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.devstack.DevstackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class EventMetadataTest {

  @Inject EventStore store;

  @Test
  void everyEventKeepsWhoAndWhatCausedItAndWhen() {
    var before = Instant.now();
    String siteId =
        given()
            .contentType(ContentType.JSON)
            .header("X-Correlation-Id", "corr-7")
            .header("Idempotency-Key", "key-" + before.toEpochMilli())
            .body("{\"name\": \"Abilene\", \"plannedCapacityMw\": 1200}")
            .post("/test/sites")
            .then()
            .statusCode(201)
            .extract()
            .path("siteId");

    var event = store.load(siteId).get(0);
    assertThat(event.metadata().correlationId()).isEqualTo("corr-7");
    assertThat(event.metadata().causationId()).isNotBlank();
    assertThat(event.metadata().idempotencyKey()).isEqualTo("key-" + before.toEpochMilli());
    assertThat(event.event().occurredOn()).isEqualTo(LocalDate.parse("2025-01-01"));
    assertThat(event.recordedAt()).isBetween(before.minusSeconds(1), Instant.now());

    given()
        .get("/test/sites/" + siteId + "/events")
        .then()
        .statusCode(200)
        .body("[0].metadata.correlationId", org.hamcrest.Matchers.equalTo("corr-7"))
        .body("[0].data.occurredOn", org.hamcrest.Matchers.equalTo("2025-01-01"));
  }
}
