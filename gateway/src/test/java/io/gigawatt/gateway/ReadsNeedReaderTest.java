package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gigawatt.auth.anonymous-reads=false}: every read needs at least a reader key. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
@TestProfile(ReadsNeedReaderTest.Closed.class)
class ReadsNeedReaderTest {

  public static class Closed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gigawatt.auth.anonymous-reads", "false");
    }
  }

  @Test
  void anAnonymousReadIsUnauthorizedAndAReaderKeyReads() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "[]"));

    given()
        .get("/api/v1/capacity/regions")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer realm=\"gigawatt\"")
        .body("detail", containsString("needs an API key with the role reader"));
    given().get("/api/v1/capacity/stream").then().statusCode(401);
    given()
        .auth()
        .oauth2(Keys.issue("reader"))
        .get("/api/v1/capacity/regions")
        .then()
        .statusCode(200);
  }
}
