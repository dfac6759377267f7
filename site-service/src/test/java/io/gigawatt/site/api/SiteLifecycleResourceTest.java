package io.gigawatt.site.api;

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
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class SiteLifecycleResourceTest {
  static final String PROBLEMS = "https://gigawatt.io/problems/";
  static final String CONSTRUCTION =
      """
      { "startedOn": "2025-10-05", "source": "https://example.com/a", "confidence": "REPORTED" }
      """;
  static final String REVISION =
      """
      { "plannedCapacityMw": 1800, "revisedOn": "2025-11-01", "reason": "expansion",
        "source": "https://example.com/b", "confidence": "CONFIRMED" }
      """;
  static final String CANCELLATION =
      """
      { "cancelledOn": "2026-04-01", "reason": "financing fell through",
        "source": "https://example.com/e", "confidence": "SPECULATIVE" }
      """;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  static String energization(int mw, String on, String phase) {
    return """
        { "energizedMw": %d, "energizedOn": "%s", "phase": "%s",
          "source": "https://example.com/c", "confidence": "CONFIRMED" }
        """
        .formatted(mw, on, phase);
  }

  @Test
  void aSiteGoesFromAnnouncementToCancellation() {
    var siteId = announce();
    command(siteId, "construction", CONSTRUCTION, "\"1\"")
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header(ConsistencyToken.HEADER, new ConsistencyToken(siteId, 2).encode())
        .body("siteId", equalTo(siteId))
        .body("version", equalTo(2));
    command(siteId, "capacity-revisions", REVISION, "\"2\"")
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("version", equalTo(3));
    command(siteId, "energizations", energization(200, "2026-03-01", "1"), "\"3\"")
        .statusCode(200)
        .header("ETag", "\"4\"")
        .body("version", equalTo(4));

    command(siteId, "energizations", energization(400, "2026-03-15", "2"), "\"3\"")
        .statusCode(412)
        .contentType("application/problem+json")
        .header("ETag", "\"4\"")
        .body("type", equalTo(PROBLEMS + "precondition-failed"));
    command(siteId, "energizations", energization(1601, "2026-03-15", "2"), null)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEMS + "rule/energized-exceeds-capacity"));

    command(siteId, "energizations", energization(400, "2026-03-15", "2"), "\"4\"")
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("version", equalTo(5));
    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("OPERATIONAL"))
        .body("plannedCapacityMw", equalTo(1800.0f))
        .body("energizedMw", equalTo(600.0f))
        .body("announcedOn", equalTo("2025-09-23"))
        .body("constructionStartedOn", equalTo("2025-10-05"))
        .body("capacityRevisedOn", equalTo("2025-11-01"))
        .body("operationalOn", equalTo("2026-03-01"));

    command(siteId, "cancellation", CANCELLATION, "\"5\"")
        .statusCode(200)
        .header("ETag", "\"6\"")
        .body("version", equalTo(6));
    command(siteId, "construction", CONSTRUCTION, null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "rule/site-cancelled"));
    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .statusCode(200)
        .header("ETag", "\"6\"")
        .body("status", equalTo("CANCELLED"))
        .body("cancelledOn", equalTo("2026-04-01"));

    var types =
        List.of(
            EventType.SITE_ANNOUNCED,
            EventType.SITE_CONSTRUCTION_STARTED,
            EventType.SITE_CAPACITY_REVISED,
            EventType.SITE_PHASE_ENERGIZED,
            EventType.SITE_PHASE_ENERGIZED,
            EventType.SITE_CANCELLED);
    given()
        .get("/api/v1/sites/" + siteId + "/events")
        .then()
        .statusCode(200)
        .body("type", equalTo(types.stream().map(EventType::ceType).toList()))
        .body("version", equalTo(List.of(1, 2, 3, 4, 5, 6)));
    assertPublishedInOrder(siteId, types);
  }

  @Test
  void badCommandsAreProblemsAndStoreNothing() {
    var siteId = announce();
    long before = storedEvents();
    command(
            siteId,
            "construction",
            CONSTRUCTION.replace("\"source\": \"https://example.com/a\",", ""),
            null)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("source"));
    command(
            siteId,
            "cancellation",
            CANCELLATION.replace("\"confidence\": \"SPECULATIVE\"", "\"confidence\": null"),
            null)
        .statusCode(400)
        .body("errors.field", hasItem("confidence"));
    command(siteId, "capacity-revisions", REVISION.replace("1800", "0"), null)
        .statusCode(400)
        .body("errors.field", hasItem("plannedCapacityMw"));
    command(
            siteId,
            "energizations",
            energization(10, "2026-03-01", "1")
                .replace("\"phase\"", "\"colour\": \"red\", \"phase\""),
            null)
        .statusCode(400)
        .body("errors.field", hasItem("colour"));
    command(siteId, "construction", "", null).statusCode(400);
    command(siteId, "construction", CONSTRUCTION, "\"first\"")
        .statusCode(400)
        .body("errors.field", hasItem("If-Match"));
    command(siteId, "construction", CONSTRUCTION.replace("2025-10-05", "2025-09-01"), null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "rule/dated-before-announcement"));
    command("no-such-site", "construction", CONSTRUCTION, null)
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(storedEvents()).isEqualTo(before);
  }

  static String announce() {
    return given()
        .contentType(ContentType.JSON)
        .body(SiteResourceTest.SHACKELFORD)
        .post("/api/v1/sites")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .extract()
        .path("siteId");
  }

  static ValidatableResponse command(String siteId, String action, String body, String ifMatch) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("/api/v1/sites/" + siteId + "/" + action).then();
  }

  private void assertPublishedInOrder(String siteId, List<EventType> types) {
    var records =
        TopicReader.readUntil(
                bootstrapServers,
                Topics.SITE_EVENTS,
                read -> read.stream().filter(r -> siteId.equals(r.key())).count() >= types.size(),
                Duration.ofSeconds(30))
            .stream()
            .filter(r -> siteId.equals(r.key()))
            .toList();
    assertThat(records)
        .extracting(r -> r.header("ce_sequence"))
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(records)
        .extracting(r -> r.header("ce_type"))
        .containsExactlyElementsOf(types.stream().map(EventType::ceType).toList());
    for (int i = 0; i < records.size(); i++) {
      assertThat(EventSchemas.violations(types.get(i), records.get(i).value()))
          .as(records.get(i).value())
          .isEmpty();
    }
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
