package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(FakeDownstreamResource.class)
class ForwardingTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void postIsForwardedWithBodyQueryAndHeadersAndTheAnswerComesBackUnchanged() {
    FakeDownstream.respond(
        Stub.of(
            201,
            Map.of(
                "Content-Type", "application/json",
                "Location", "/api/v1/sites/s-1",
                "ETag", "\"1\"",
                "X-Internal", "secret"),
            "{\"siteId\":\"s-1\",\"version\":1}"));

    String body = "{\"name\":\"Stargate Shackelford County\",\"plannedCapacityMw\":1400}";
    var response =
        given()
            .contentType("application/json")
            .header("Idempotency-Key", "key-42")
            .header("If-Match", "\"7\"")
            .header("X-Correlation-Id", "corr-1")
            .header("X-Actor", "analyst@ministry.example")
            .header("Cookie", "not=forwarded")
            .urlEncodingEnabled(false)
            .body(body)
            .post("/api/v1/sites?dryRun=false&note=a%20b")
            .then()
            .statusCode(201)
            .header("Location", "/api/v1/sites/s-1")
            .header("ETag", "\"1\"")
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
        .containsEntry("X-Actor", "analyst@ministry.example")
        .containsKey("Content-Type")
        .doesNotContainKey("Cookie");
    assertThat(seen.headers().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void aDownstreamProblemPassesThroughVerbatim() {
    String problem =
        "{\"type\":\"https://gigawatt.io/problems/invalid-request\",\"title\":\"Invalid request\","
            + "\"status\":400,\"errors\":[{\"field\":\"committedMw\",\"message\":\"must be > 0\"}]}";
    FakeDownstream.respond(Stub.of(400, Map.of("Content-Type", PROBLEM), problem));

    given()
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
  void getCarriesItsQueryStringAndRetryAfterComesBack() {
    FakeDownstream.respond(
        Stub.of(200, Map.of("Content-Type", "application/json", "Retry-After", "3"), "[]"));

    given()
        .accept("application/json")
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
    assertThat(seen.headers()).containsEntry("Accept", "application/json");
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
    "GET, /api/v1/capacity/regions, /capacity",
    "GET, /api/v1/capacity/regions/US-TX, /capacity"
  })
  void eachEndpointReachesItsOwningService(String method, String path, String prefix) {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    given().contentType("application/json").body("{}").request(method, path).then().statusCode(200);

    assertThat(FakeDownstream.last().method()).isEqualTo(method);
    assertThat(FakeDownstream.last().path()).isEqualTo(prefix + path);
  }

  @Test
  void anAbsoluteLocationOnTheServiceHostIsMovedOntoTheGatewayHost() {
    String internal = "http://127.0.0.1:" + FakeDownstream.port() + "/api/v1/sites/s-2";
    FakeDownstream.respond(Stub.of(201, Map.of("Location", internal), ""));

    String location =
        given().contentType("application/json").body("{}").post("/api/v1/sites").header("Location");

    assertThat(location).isEqualTo("http://localhost:" + RestAssured.port + "/api/v1/sites/s-2");
  }

  @Test
  void aSlowServiceIsAGatewayTimeout() {
    FakeDownstream.respond(new Stub(200, Map.of(), "{}", Duration.ofSeconds(30)));

    given()
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(504)
        .contentType(PROBLEM)
        .body("type", equalTo("https://gigawatt.io/problems/gateway-timeout"))
        .body("detail", containsString("site-service"));
  }

  @Test
  void anUnknownPathIsANotFoundProblem() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("status", equalTo(404))
        .body("detail", containsString("/api/v1/nothing-here"));
    given().get("/api/v1/sites/s-1/nothing").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblem() {
    given()
        .delete("/api/v1/sites/s-1")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .body("status", equalTo(405))
        .body("detail", containsString("DELETE /api/v1/sites/s-1"));
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
