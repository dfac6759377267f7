package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
@TestProfile(UnreachableServicesTest.NothingListens.class)
class UnreachableServicesTest {

  public static class NothingListens implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String dead = "http://127.0.0.1:" + closedPort();
      return Map.of(
          "gigawatt.site-service.url", dead,
          "gigawatt.contract-service.url", dead,
          "gigawatt.capacity-service.url", dead,
          "gigawatt.downstream.breaker-window", "4",
          "gigawatt.downstream.breaker-delay", "30s");
    }

    private static int closedPort() {
      try (var socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void aStoppedServiceIsAServiceUnavailableProblemNamingIt() {
    given()
        .auth()
        .oauth2(Keys.ADMIN)
        .contentType("application/json")
        .body("{\"name\":\"x\"}")
        .post("/api/v1/sites")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", "1")
        .body("type", equalTo("https://gigawatt.io/problems/service-unavailable"))
        .body("status", equalTo(503))
        .body("detail", containsString("site-service"))
        .body("service", equalTo("site-service"));
  }

  @Test
  void repeatedFailuresOpenTheServicesCircuitBreaker() {
    for (int i = 0; i < 4; i++) {
      given().get("/api/v1/capacity/regions/US").then().statusCode(503);
    }
    given()
        .get("/api/v1/capacity/regions/US")
        .then()
        .statusCode(503)
        .body(
            "detail",
            equalTo("capacity-service failed repeatedly; calls to it pause for a few seconds"))
        .body("service", equalTo("capacity-service"));
    given()
        .get("/api/v1/contracts/c-1")
        .then()
        .statusCode(503)
        .body("detail", equalTo("contract-service is unreachable"));
  }

  @Test
  void theGatewayStaysReadyAndReportsTheServicesUnreachable() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.find { it.name == 'downstream-services' }.data.contract-service",
            equalTo("UNREACHABLE"));
  }
}
