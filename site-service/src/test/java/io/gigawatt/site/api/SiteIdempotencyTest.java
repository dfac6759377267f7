package io.gigawatt.site.api;

import static io.gigawatt.site.api.SiteLifecycleResourceTest.CONSTRUCTION;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.announce;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.StoredEvent;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class SiteIdempotencyTest {

  @Test
  void aRetriedCommandAnswersTheFirstAnswerAndRecordsOnce() {
    var siteId = announce();
    var key = UUID.randomUUID().toString();
    var token = new ConsistencyToken(siteId, 2).encode();
    post("/api/v1/sites/" + siteId + "/construction", key, CONSTRUCTION)
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header(ConsistencyToken.HEADER, token)
        .body("version", equalTo(2));
    post("/api/v1/sites/" + siteId + "/construction", key, CONSTRUCTION)
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header("Idempotent-Replayed", "true")
        .header(ConsistencyToken.HEADER, token)
        .body("siteId", equalTo(siteId))
        .body("version", equalTo(2));
    given().get("/api/v1/sites/" + siteId + "/events").then().body("size()", equalTo(2));

    post(
            "/api/v1/sites/" + siteId + "/construction",
            key,
            CONSTRUCTION.replace("2025-10-05", "2025-10-06"))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/idempotency-key-reused"));
  }

  @Test
  void aRetriedAnnouncementAnnouncesOneSite() {
    var key = UUID.randomUUID().toString();
    long before = storedEvents();
    var first = post("/api/v1/sites", key, SiteResourceTest.SHACKELFORD).statusCode(201).extract();
    String siteId = first.path("siteId");
    assertThat(first.header(ConsistencyToken.HEADER))
        .isEqualTo(new ConsistencyToken(siteId, 1).encode());
    post("/api/v1/sites", key, SiteResourceTest.SHACKELFORD)
        .statusCode(201)
        .header("ETag", "\"1\"")
        .header(ConsistencyToken.HEADER, first.header(ConsistencyToken.HEADER))
        .header("Location", first.header("Location"))
        .header("Idempotent-Replayed", "true")
        .body("siteId", equalTo(siteId));
    assertThat(storedEvents()).isEqualTo(before + 1);
    post("/api/v1/sites", key, SiteResourceTest.SHACKELFORD.replace("1400", "1500"))
        .statusCode(422);
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }

  private static ValidatableResponse post(String path, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(path)
        .then();
  }
}
