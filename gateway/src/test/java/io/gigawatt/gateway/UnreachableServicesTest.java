package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableServicesTest.NothingListens.class)
class UnreachableServicesTest {

  public static class NothingListens implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      String dead = "http://127.0.0.1:" + closedPort();
      return Map.of(
          "gigawatt.site-service-url", dead,
          "gigawatt.contract-service-url", dead,
          "gigawatt.capacity-service-url", dead);
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
        .contentType("application/json")
        .body("{\"name\":\"x\"}")
        .post("/api/v1/sites")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/service-unavailable"))
        .body("status", equalTo(503))
        .body("detail", containsString("site-service"));
    given()
        .get("/api/v1/capacity/regions/US")
        .then()
        .statusCode(503)
        .body("detail", containsString("capacity-service"));
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
