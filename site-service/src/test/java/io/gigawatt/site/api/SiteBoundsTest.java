package io.gigawatt.site.api;

import static io.gigawatt.site.api.SiteLifecycleResourceTest.CANCELLATION;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.CONSTRUCTION;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.REVISION;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.announce;
import static io.gigawatt.site.api.SiteLifecycleResourceTest.energization;
import static io.gigawatt.site.api.SiteResourceTest.SHACKELFORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Every figure, date and text of a site command has a physical bound; breaking it, or sending JSON
 * that cannot be read as the field (1e400, a year 57412, a number for a name), answers 400 naming
 * the field and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class SiteBoundsTest {
  static final String SITES = "/api/v1/sites";

  @Test
  void anAnnouncementOutOfBoundsIsRefusedNamingTheField() {
    long before = storedEvents();
    expectInvalid(SITES, with(SHACKELFORD, "1400", "100000.001"), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "1e308"), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "1e400"), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "\"NaN\""), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "\"1400\""), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "1400, \"itLoadMw\": 1e308"), "itLoadMw");
    expectInvalid(SITES, with(SHACKELFORD, "2025-09-23", "57412-01-01"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "2025-09-23", "+57412-01-01"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "\"2025-09-23\"", "20000"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "2025-09-23", "1949-12-31"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "2026-12-31", "2101-01-01"), "expectedOnlineOn");
    expectInvalid(SITES, with(SHACKELFORD, "Stargate Shackelford County", "n".repeat(201)), "name");
    expectInvalid(SITES, with(SHACKELFORD, "\"Stargate Shackelford County\"", "42"), "name");
    expectInvalid(SITES, with(SHACKELFORD, "\"Stargate\"", "true"), "program");
    expectInvalid(
        SITES,
        with(SHACKELFORD, "\"program\": \"Stargate\"", "\"program\": \"" + "p".repeat(201) + "\""),
        "program");
    expectInvalid(SITES, with(SHACKELFORD, "Oracle", "o".repeat(201)), "operator.name");
    expectInvalid(
        SITES,
        with(
            SHACKELFORD,
            "\"locality\": \"Shackelford County\"",
            "\"locality\": \"" + "l".repeat(201) + "\""),
        "location.locality");
    expectInvalid(
        SITES,
        with(SHACKELFORD, "https://openai.com/index/five-new-stargate-sites/", "s".repeat(2001)),
        "source");
    expectInvalid(SITES, with(SHACKELFORD, "\"CONFIRMED\"", "0"), "confidence");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void theBoundsThemselvesAreAccepted() {
    String atTheBounds =
        with(
            with(
                with(
                    with(with(SHACKELFORD, "1400", "100000"), "2025-09-23", "1950-01-01"),
                    "2026-12-31",
                    "2100-12-31"),
                "Stargate Shackelford County",
                "😀".repeat(200)),
            "https://openai.com/index/five-new-stargate-sites/",
            "s".repeat(2000));
    given()
        .contentType(ContentType.JSON)
        .body(atTheBounds)
        .post(SITES)
        .then()
        .statusCode(201)
        .body("version", equalTo(1));
  }

  @Test
  void lifecycleCommandsOutOfBoundsAreRefusedNamingTheField() {
    var site = SITES + "/" + announce();
    long before = storedEvents();
    // a year-57412 date used to reach the database and come back as 503
    expectInvalid(
        site + "/construction", with(CONSTRUCTION, "2025-10-05", "+57412-01-01"), "startedOn");
    expectInvalid(
        site + "/construction", with(CONSTRUCTION, "2025-10-05", "57412-01-01"), "startedOn");
    expectInvalid(
        site + "/capacity-revisions", with(REVISION, "1800", "1e400"), "plannedCapacityMw");
    expectInvalid(
        site + "/capacity-revisions", with(REVISION, "1800", "100001"), "plannedCapacityMw");
    expectInvalid(
        site + "/capacity-revisions", with(REVISION, "expansion", "r".repeat(201)), "reason");
    expectInvalid(site + "/energizations", energization(100_001, "2026-03-01", "1"), "energizedMw");
    expectInvalid(site + "/energizations", energization(10, "2101-01-01", "1"), "energizedOn");
    expectInvalid(
        site + "/energizations", energization(10, "2026-03-01", "p".repeat(201)), "phase");
    expectInvalid(
        site + "/cancellation", with(CANCELLATION, "2026-04-01", "1949-12-31"), "cancelledOn");
    expectInvalid(
        site + "/cancellation",
        with(CANCELLATION, "financing fell through", "r".repeat(201)),
        "reason");
    given()
        .contentType(ContentType.JSON)
        .header("X-Correlation-Id", "c".repeat(201))
        .body(CONSTRUCTION)
        .post(site + "/construction")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("X-Correlation-Id"));
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** Found by the fuzzer (bench fuzz): each of these used to answer 500, 503 or even 2xx. */
  @Test
  void hostileInputIsRefusedNamingTheFieldAndStoresNothing() {
    long before = storedEvents();
    expectInvalid(SITES, with(SHACKELFORD, "Stargate Shackelford County", "a\\u0000b"), "name");
    expectInvalid(SITES, with(SHACKELFORD, "1400", "\"\""), "plannedCapacityMw");
    expectInvalid(SITES, with(SHACKELFORD, "\"2025-09-23\"", "[2025, 9, 23]"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "\"2026-12-31\"", "[]"), "expectedOnlineOn");
    expectInvalid(SITES, with(SHACKELFORD, "\"2026-12-31\"", "\"\""), "expectedOnlineOn");
    expectInvalid(SITES, with(SHACKELFORD, "2025-09-23", "2025-09-23\\u0000"), "announcedOn");
    expectInvalid(SITES, with(SHACKELFORD, "2025-09-23", " 2025-09-23"), "announcedOn");
    given()
        .contentType(ContentType.JSON)
        .body(with(SHACKELFORD, "\"CONFIRMED\"", "\"CONFIRMED\", \"confidence\": \"REPORTED\""))
        .post(SITES)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("confidence"));
    given().get(SITES + "/%00").then().statusCode(404).contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(CONSTRUCTION)
        .post(SITES + "/%00/construction")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    assertThat(storedEvents()).isEqualTo(before);
  }

  static String with(String body, String value, String replacement) {
    assertThat(body).contains(value);
    return body.replace(value, replacement);
  }

  static void expectInvalid(String path, String body, String field) {
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  private static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
