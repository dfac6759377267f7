package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ForwardingTest {
  private static final String PROBLEM = "application/problem+json";
  private static String writer;

  @BeforeEach
  void writerKey() {
    if (writer == null) {
      writer = Keys.issue("writer", "analyst-desk");
    }
  }

  @Test
  void postIsForwardedWithBodyQueryAndHeadersAndTheAnswerComesBackUnchanged() {
    FakeDownstream.respond(
        Stub.of(
            201,
            Map.of(
                "Content-Type", "application/json",
                "Location", "/api/v1/sites/s-1",
                "ETag", "\"1\"",
                "X-Consistency-Token", "site:42",
                "X-Internal", "secret"),
            "{\"siteId\":\"s-1\",\"version\":1}"));

    String body = "{\"name\":\"Stargate Shackelford County\",\"plannedCapacityMw\":1400}";
    var response =
        given()
            .auth()
            .oauth2(writer)
            .contentType("application/json")
            .header("Idempotency-Key", "key-42")
            .header("If-Match", "\"7\"")
            .header("X-Correlation-Id", "corr-1")
            .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
            .header("X-Actor", "somebody-else")
            .header("Cookie", "not=forwarded")
            .urlEncodingEnabled(false)
            .body(body)
            .post("/api/v1/sites?dryRun=false&note=a%20b")
            .then()
            .statusCode(201)
            .header("Location", "/api/v1/sites/s-1")
            .header("ETag", "\"1\"")
            .header("X-Consistency-Token", "site:42")
            .contentType("application/json")
            .body(equalTo("{\"siteId\":\"s-1\",\"version\":1}"))
            .extract();
    assertThat(response.header("X-Internal")).isNull();

    var seen = FakeDownstream.last();
    assertThat(seen.method()).isEqualTo("POST");
    assertThat(seen.path()).isEqualTo("/site/api/v1/sites");
    assertThat(seen.query()).isEqualTo("dryRun=false&note=a%20b");
    assertThat(seen.body()).isEqualTo(body);
    assertThat(seen.headers())
        .containsEntry("Idempotency-Key", "key-42")
        .containsEntry("If-Match", "\"7\"")
        .containsEntry("X-Correlation-Id", "corr-1")
        .containsEntry("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        .containsEntry("X-Actor", "analyst-desk")
        .containsKey("Content-Type")
        .doesNotContainKey("Cookie")
        .doesNotContainKey("Authorization");
    assertThat(seen.headers().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void anAnonymousReadCarriesNoActorWhateverTheClientClaims() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    given().header("X-Actor", "spoofed").get("/api/v1/sites/s-1").then().statusCode(200);

    assertThat(FakeDownstream.last().headers()).doesNotContainKey("X-Actor");
  }

  @Test
  void aDownstreamProblemPassesThroughVerbatim() {
    String problem =
        "{\"type\":\"https://gigawatt.io/problems/invalid-request\",\"title\":\"Invalid request\","
            + "\"status\":400,\"errors\":[{\"field\":\"committedMw\",\"message\":\"must be > 0\"}]}";
    FakeDownstream.respond(Stub.of(400, Map.of("Content-Type", PROBLEM), problem));

    given()
        .auth()
        .oauth2(writer)
        .contentType("application/json")
        .body("{\"committedMw\":-1}")
        .post("/api/v1/contracts")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body(equalTo(problem));
    assertThat(FakeDownstream.last().path()).isEqualTo("/contract/api/v1/contracts");
  }

  @Test
  void aServiceErrorIsReplacedByAProblemWithAnErrorId() {
    FakeDownstream.respond(
        Stub.of(
            500,
            Map.of("Content-Type", "text/plain"),
            "java.lang.NullPointerException at io.gigawatt.site.Secret"));

    given()
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(500)
        .contentType(PROBLEM)
        .body("status", equalTo(500))
        .body("service", equalTo("site-service"))
        .body("instance", matchesPattern("urn:gigawatt:error:[0-9a-f-]{36}"))
        .body("detail", containsString("site-service failed"))
        .body(not(containsString("NullPointerException")));
  }

  @Test
  void aServiceErrorWithItsOwnErrorIdKeepsItSoTheServicesLogCanBeFound() {
    FakeDownstream.respond(
        Stub.of(
            500,
            Map.of("Content-Type", PROBLEM),
            "{\"type\":\"https://gigawatt.io/problems/unexpected-error\",\"title\":\"Unexpected"
                + " error\",\"status\":500,\"detail\":\"secret detail\",\"instance\":"
                + "\"urn:gigawatt:error:0f0e0d0c-0b0a-4908-8706-050403020100\"}"));

    given()
        .get("/api/v1/contracts/c-1")
        .then()
        .statusCode(500)
        .contentType(PROBLEM)
        .body("instance", equalTo("urn:gigawatt:error:0f0e0d0c-0b0a-4908-8706-050403020100"))
        .body("service", equalTo("contract-service"))
        .body(not(containsString("secret detail")));
  }

  @Test
  void aServiceUnavailableProblemKeepsItsMeaningAndGetsAnErrorId() {
    FakeDownstream.respond(
        Stub.of(
            503,
            Map.of("Content-Type", PROBLEM, "Retry-After", "2"),
            "{\"type\":\"https://gigawatt.io/problems/event-store-unavailable\",\"title\":"
                + "\"Event store unavailable\",\"status\":503,\"detail\":\"retry with the same"
                + " Idempotency-Key\"}"));

    postSiteAsWriter()
        .then()
        .statusCode(503)
        .contentType(PROBLEM)
        .header("Retry-After", "2")
        .body("type", equalTo("https://gigawatt.io/problems/event-store-unavailable"))
        .body("detail", equalTo("retry with the same Idempotency-Key"))
        .body("instance", matchesPattern("urn:gigawatt:error:[0-9a-f-]{36}"));
  }

  @Test
  void aQueryCarriesItsQueryStringAndConsistencyTokenAndRetryAfterComesBack() {
    FakeDownstream.respond(
        Stub.of(200, Map.of("Content-Type", "application/json", "Retry-After", "3"), "[]"));

    given()
        .accept("application/json")
        .header("X-Consistency-Token", "opaque-token")
        .urlEncodingEnabled(false)
        .get("/api/v1/capacity/regions?level=country&asOf=2025-12-31&knownAt=2026-01-01T00:00:00Z")
        .then()
        .statusCode(200)
        .header("Retry-After", "3")
        .body(equalTo("[]"));

    var seen = FakeDownstream.last();
    assertThat(seen.method()).isEqualTo("GET");
    assertThat(seen.path()).isEqualTo("/capacity/api/v1/capacity/regions");
    assertThat(seen.query())
        .isEqualTo("level=country&asOf=2025-12-31&knownAt=2026-01-01T00:00:00Z");
    assertThat(seen.headers())
        .containsEntry("Accept", "application/json")
        .containsEntry("X-Consistency-Token", "opaque-token");
    assertThat(seen.body()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /api/v1/sites, /site",
    "GET, /api/v1/sites/s-1, /site",
    "GET, /api/v1/sites/s-1/events, /site",
    "POST, /api/v1/sites/s-1/construction, /site",
    "POST, /api/v1/sites/s-1/capacity-revisions, /site",
    "POST, /api/v1/sites/s-1/energizations, /site",
    "POST, /api/v1/sites/s-1/cancellation, /site",
    "POST, /api/v1/contracts, /contract",
    "GET, /api/v1/contracts/c-1/events, /contract",
    "POST, /api/v1/contracts/c-1/amendments, /contract",
    "POST, /api/v1/contracts/c-1/termination, /contract",
    "GET, /api/v1/contracts/c-1, /contract",
    "POST, /api/v1/contracts/c-1/deliveries, /contract",
    "POST, /api/v1/contracts/c-1/retirements, /contract",
    "POST, /api/v1/sites/s-1/de-energizations, /site",
    "POST, /api/v1/sites/s-1/decommissioning, /site",
    "GET, /api/v1/capacity/regions, /capacity",
    "GET, /api/v1/capacity/regions/US-TX, /capacity",
    "GET, /api/v1/capacity/sovereignty, /capacity",
    "GET, /api/v1/capacity/timeline, /capacity",
    "GET, /api/v1/programs, /capacity",
    "GET, /api/v1/programs/Stargate, /capacity",
    "GET, /api/v1/admin/projections/capacity, /capacity",
    "POST, /api/v1/admin/projections/capacity/rebuild, /capacity",
    "GET, /api/v1/admin/dead-letters, /capacity",
    "POST, /api/v1/admin/dead-letters/d-1/replay, /capacity"
  })
  void eachEndpointReachesItsOwningService(String method, String path, String prefix) {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    given()
        .auth()
        .oauth2(Keys.ADMIN)
        .contentType("application/json")
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(200);

    assertThat(FakeDownstream.last().method()).isEqualTo(method);
    assertThat(FakeDownstream.last().path()).isEqualTo(prefix + path);
  }

  @Test
  void anAbsoluteLocationOnTheServiceHostIsMovedOntoTheGatewayHost() {
    String internal = "http://127.0.0.1:" + FakeDownstream.port() + "/api/v1/sites/s-2";
    FakeDownstream.respond(Stub.of(201, Map.of("Location", internal), ""));

    String location = postSiteAsWriter().header("Location");

    assertThat(location).isEqualTo("http://localhost:" + RestAssured.port + "/api/v1/sites/s-2");
  }

  @Test
  void aSlowServiceIsAGatewayTimeoutNamingIt() {
    FakeDownstream.respond(new Stub(200, Map.of(), "{}", Duration.ofSeconds(30)));

    given()
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(504)
        .contentType(PROBLEM)
        .body("type", equalTo("https://gigawatt.io/problems/gateway-timeout"))
        .body("detail", containsString("site-service"))
        .body("service", equalTo("site-service"));
  }

  @Test
  void pathTraversalIsResolvedBeforeRoutingAndForwarding() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/capacity/regions/../../sites/s-9")
        .then()
        .statusCode(200);

    assertThat(FakeDownstream.last().path()).isEqualTo("/site/api/v1/sites/s-9");
  }

  private static Response postSiteAsWriter() {
    return given()
        .auth()
        .oauth2(writer)
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/sites");
  }

  @Test
  void healthReportsEachServiceWithoutGatingReadiness() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'downstream-services' }.data.site-service", equalTo("UP"));
  }
}
