package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The errors Vert.x would answer on its own, each as problem+json; security headers; CORS. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ErrorProblemsTest {
  private static final String PROBLEM = "application/problem+json";

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
    given().get("/nothing").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aWrongMethodIsAMethodNotAllowedProblemWithAllow() {
    given()
        .delete("/api/v1/sites/s-1")
        .then()
        .statusCode(405)
        .contentType(PROBLEM)
        .header("Allow", "GET")
        .body("status", equalTo(405))
        .body("detail", containsString("DELETE /api/v1/sites/s-1"));
  }

  @Test
  void anUnacceptableAcceptIsANotAcceptableProblem() {
    given()
        .accept("text/html")
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(406)
        .contentType(PROBLEM)
        .body("status", equalTo(406));
  }

  @Test
  void aCommandBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
    given()
        .auth()
        .oauth2(Keys.ADMIN)
        .contentType("text/plain")
        .body("name=x")
        .post("/api/v1/sites")
        .then()
        .statusCode(415)
        .contentType(PROBLEM)
        .body("detail", containsString("application/json"));
  }

  @Test
  void anOverlongCorrelationIdIsRefusedOnTheGatewaysOwnRoutesToo() {
    given()
        .auth()
        .oauth2(Keys.ADMIN)
        .header("X-Correlation-Id", "c".repeat(201))
        .contentType("application/json")
        .body("{\"name\": \"never issued\", \"role\": \"reader\"}")
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("X-Correlation-Id"));
  }

  @Test
  void aBodyOverTheLimitIsAContentTooLargeProblem() throws Exception {
    String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    given()
        .auth()
        .oauth2(Keys.ADMIN)
        .contentType("application/json")
        .body(big)
        .post("/api/v1/sites")
        .then()
        .statusCode(413)
        .contentType(PROBLEM)
        .body("type", equalTo("https://gigawatt.io/problems/body-too-large"));

    var chunked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/sites"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Keys.ADMIN)
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes())))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.headers().firstValue("Content-Type")).hasValue(PROBLEM);
  }

  @Test
  void aLongPathIsAUriTooLongProblem() {
    given()
        .get("/api/v1/sites/" + "x".repeat(5_000))
        .then()
        .statusCode(414)
        .contentType(PROBLEM)
        .body("type", equalTo("https://gigawatt.io/problems/uri-too-long"));
  }

  @Test
  void hugeHeadersAreARequestHeaderFieldsTooLargeProblem() {
    given()
        .header("X-Padding", "y".repeat(20_000))
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(431)
        .contentType(PROBLEM)
        .body("status", equalTo(431));
  }

  @Test
  void answersCarrySecurityHeaders() {
    var answer = given().get("/api/v1/nothing-here").then().extract();
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
  }

  @Test
  void browsersFromAConfiguredOriginMayCallTheApiOthersMayNot() {
    given()
        .header("Origin", "https://dashboard.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .options("/api/v1/sites")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "https://dashboard.example");
    var foreign =
        given()
            .header("Origin", "https://elsewhere.example")
            .header("Access-Control-Request-Method", "POST")
            .options("/api/v1/sites")
            .then()
            .extract();
    assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aForeignOriginIsAForbiddenProblemAndTheGatewaysOwnIsNot() {
    given()
        .header("Origin", "https://elsewhere.example")
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(403)
        .contentType(PROBLEM)
        .body("type", equalTo("https://gigawatt.io/problems/origin-not-allowed"));
    given()
        .header("Origin", RestAssured.baseURI + ":" + RestAssured.port)
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }
}
