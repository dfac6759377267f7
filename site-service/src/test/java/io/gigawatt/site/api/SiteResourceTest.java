package io.gigawatt.site.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

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
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class SiteResourceTest {
  static final String SHACKELFORD =
      """
      { "name": "Stargate Shackelford County", "program": "Stargate",
        "operator": {"name": "Oracle", "country": "US"},
        "owner": {"name": "Vantage Data Centers", "country": "US"},
        "location": {"country": "US", "subdivision": "US-TX", "locality": "Shackelford County"},
        "plannedCapacityMw": 1400, "expectedOnlineOn": "2026-12-31", "announcedOn": "2025-09-23",
        "source": "https://openai.com/index/five-new-stargate-sites/", "confidence": "CONFIRMED" }
      """;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void announcingASiteStoresItAndPublishesACloudEventKeyedBySite() {
    String siteId =
        given()
            .contentType(ContentType.JSON)
            .header("X-Correlation-Id", "corr-42")
            .header("X-Actor", " analyst@ministry.example ")
            .body(SHACKELFORD)
            .post("/api/v1/sites")
            .then()
            .statusCode(201)
            .header("ETag", "\"1\"")
            .header("Location", startsWith("http"))
            .body("version", equalTo(1))
            .extract()
            .path("siteId");

    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("ANNOUNCED"))
        .body("plannedCapacityMw", equalTo(1400.0f))
        .body("location.subdivision", equalTo("US-TX"));

    var records =
        TopicReader.readUntil(
            bootstrapServers,
            Topics.SITE_EVENTS,
            read -> read.stream().anyMatch(r -> siteId.equals(r.key())),
            Duration.ofSeconds(30));
    var record = records.stream().filter(r -> siteId.equals(r.key())).findFirst().orElseThrow();
    assertThat(record.header("ce_specversion")).isEqualTo("1.0");
    assertThat(record.header("ce_type")).isEqualTo("io.gigawatt.site.announced.v2");
    assertThat(record.header("ce_source")).isEqualTo("/gigawatt/site-service");
    assertThat(record.header("ce_subject")).isEqualTo(siteId);
    assertThat(record.header("ce_sequence")).isEqualTo("1");
    assertThat(record.header("ce_correlationid")).isEqualTo("corr-42");
    assertThat(record.header("ce_id")).isNotBlank();
    assertThat(EventSchemas.violations(EventType.SITE_ANNOUNCED, record.value())).isEmpty();

    given()
        .get("/api/v1/sites/" + siteId + "/events")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].type", equalTo("io.gigawatt.site.announced.v2"))
        .body("[0].data.name", equalTo("Stargate Shackelford County"))
        .body("[0].metadata.correlationId", equalTo("corr-42"))
        .body("[0].metadata.actor", equalTo("analyst@ministry.example"));
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndStoresNothing() {
    long before = storedEvents();
    expectInvalid(SHACKELFORD.replace("1400", "-1"), "plannedCapacityMw");
    expectInvalid(
        SHACKELFORD.replace(
            "\"country\": \"US\", \"subdivision\"", "\"country\": \"QQ\", \"subdivision\""),
        "location.country");
    expectInvalid(SHACKELFORD.replace("\"program\"", "\"colour\": \"red\", \"program\""), "colour");
    expectInvalid(SHACKELFORD.replace("\"name\": \"Stargate Shackelford County\",", ""), "name");
    expectInvalid(SHACKELFORD.replace("\"CONFIRMED\"", "\"SURE\""), "confidence");
    expectInvalid(SHACKELFORD.replace("\"2025-09-23\"", "\"yesterday\""), "announcedOn");
    given()
        .contentType(ContentType.JSON)
        .body("{ not json")
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .header("X-Actor", "a".repeat(201))
        .body(SHACKELFORD)
        .post("/api/v1/sites")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("X-Actor"));
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void unknownSiteIsNotFound() {
    given()
        .get("/api/v1/sites/no-such-site")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  private static void expectInvalid(String body, String field) {
    SiteBoundsTest.expectInvalid(SiteBoundsTest.SITES, body, field);
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
