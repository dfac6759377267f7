package io.gigawatt.site.api;

import static io.gigawatt.site.api.SiteLifecycleResourceTest.PROBLEMS;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.announce;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.command;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.energization;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventType;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class SiteDecommissioningResourceTest {

  static String deEnergization(String mw, String on) {
    return """
        { "mw": %s, "deEnergizedOn": "%s", "source": "https://example.com/off",
          "confidence": "REPORTED" }
        """
        .formatted(mw, on);
  }

  static String decommissioning(String on) {
    return """
        { "decommissionedOn": "%s", "source": "https://example.com/end", "confidence": "CONFIRMED" }
        """
        .formatted(on);
  }

  @Test
  void aSiteIsDeEnergizedThenDecommissioned() {
    var siteId = announce();
    command(siteId, "energizations", energization(300, "2026-03-01", "1"), null).statusCode(200);
    command(siteId, "de-energizations", deEnergization("100", "2026-06-01"), "\"2\"")
        .statusCode(200)
        .header("ETag", "\"3\"")
        .header(ConsistencyToken.HEADER, new ConsistencyToken(siteId, 3).encode())
        .body("siteId", equalTo(siteId))
        .body("version", equalTo(3));
    command(siteId, "de-energizations", deEnergization("250", "2026-07-01"), null)
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(PROBLEMS + "rule/de-energized-exceeds-energized"));
    command(siteId, "de-energizations", deEnergization("10", "2026-02-01"), null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "rule/de-energized-before-energization"));
    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .statusCode(200)
        .body("status", equalTo("OPERATIONAL"))
        .body("energizedMw", equalTo(200.0f))
        .body("powerChanges.mw", equalTo(List.of(300.0f, -100.0f)));

    command(siteId, "decommissioning", decommissioning("2026-05-31"), null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "rule/decommissioned-before-last-event"));
    command(siteId, "decommissioning", decommissioning("2027-01-01"), "\"2\"")
        .statusCode(412)
        .header("ETag", "\"3\"");
    command(siteId, "decommissioning", decommissioning("2027-01-01"), "\"3\"")
        .statusCode(200)
        .header("ETag", "\"4\"")
        .body("version", equalTo(4));
    command(siteId, "energizations", energization(10, "2027-02-01", "2"), null)
        .statusCode(422)
        .body("type", equalTo(PROBLEMS + "rule/site-decommissioned"));
    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .statusCode(200)
        .header("ETag", "\"4\"")
        .body("status", equalTo("DECOMMISSIONED"))
        .body("energizedMw", equalTo(0.0f))
        .body("decommissionedOn", equalTo("2027-01-01"));
    given()
        .get("/api/v1/sites/" + siteId + "/events")
        .then()
        .body(
            "type",
            hasItems(EventType.SITE_DE_ENERGIZED.ceType(), EventType.SITE_DECOMMISSIONED.ceType()));
  }

  @Test
  void aRetriedCommandIsAnsweredOnceAndBadOnesNameTheirField() {
    var siteId = announce();
    command(siteId, "energizations", energization(300, "2026-03-01", "1"), null).statusCode(200);
    for (int i = 0; i < 2; i++) {
      given()
          .contentType(ContentType.JSON)
          .header("Idempotency-Key", "off-" + siteId)
          .body(deEnergization("100", "2026-06-01"))
          .post("/api/v1/sites/" + siteId + "/de-energizations")
          .then()
          .statusCode(200)
          .body("version", equalTo(3));
    }
    command(siteId, "de-energizations", deEnergization("-1", "2026-06-01"), null)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("mw"));
    command(siteId, "de-energizations", deEnergization("100001", "2026-06-01"), null)
        .statusCode(400)
        .body("errors.field", hasItem("mw"));
    command(siteId, "decommissioning", decommissioning("2101-01-01"), null)
        .statusCode(400)
        .body("errors.field", hasItem("decommissionedOn"));
    command(
            siteId,
            "decommissioning",
            decommissioning("2027-01-01").replace("\"source\"", "\"reason\": \"x\", \"source\""),
            null)
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    given()
        .get("/api/v1/sites/" + siteId)
        .then()
        .header("ETag", "\"3\"")
        .body("status", equalTo("OPERATIONAL"));
  }
}
