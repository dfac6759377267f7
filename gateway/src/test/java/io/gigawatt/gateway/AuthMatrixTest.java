package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.gigawatt.gateway.domain.Route;
import io.gigawatt.gateway.domain.Routes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route × every kind of credential. The expectation is written from the route's method and
 * path, not from the gateway's policy: admin paths need admin, other POSTs writer, GETs nothing.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class AuthMatrixTest {
  enum Credential {
    NONE,
    MALFORMED,
    REVOKED,
    READER,
    WRITER,
    ADMIN
  }

  private static final Map<Credential, String> KEYS = new EnumMap<>(Credential.class);

  @BeforeEach
  void keys() {
    if (KEYS.isEmpty()) {
      KEYS.put(Credential.READER, Keys.issue("reader"));
      KEYS.put(Credential.WRITER, Keys.issue("writer"));
      KEYS.put(Credential.ADMIN, Keys.issue("admin"));
      KEYS.put(Credential.REVOKED, Keys.revoked());
    }
  }

  static Stream<Arguments> everyRouteWithEveryCredential() {
    return Routes.ALL.stream()
        .flatMap(route -> Arrays.stream(Credential.values()).map(c -> Arguments.of(route, c)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("everyRouteWithEveryCredential")
  void theRouteAnswersAsTheCredentialDeserves(Route route, Credential credential) {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    Response response = call(route, credential);

    int expected = expectedStatus(route, credential);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
    if (expected == 401) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
    if (expected == 403) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.jsonPath().getString("detail")).contains(route.toString());
    }
  }

  @Test
  void aBearerOfAnotherSchemeIsMalformed() {
    given()
        .header("Authorization", "Basic " + Keys.ADMIN)
        .get("/api/v1/sites/s-1")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer realm=\"gigawatt\", error=\"invalid_token\"");
  }

  private static Response call(Route route, Credential credential) {
    var request = given().contentType("application/json").body(body(route));
    switch (credential) {
      case NONE -> {}
      case MALFORMED -> request.header("Authorization", "Bearer not a key");
      default -> request.auth().oauth2(KEYS.get(credential));
    }
    return request.request(route.method(), route.path().replaceAll(":[A-Za-z]+", "x-1"));
  }

  private static String body(Route route) {
    return route.path().equals(Routes.API_KEYS) && route.method().equals("POST")
        ? "{\"name\":\"matrix-" + UUID.randomUUID() + "\",\"role\":\"reader\"}"
        : "{}";
  }

  private static int expectedStatus(Route route, Credential credential) {
    boolean admin = route.path().startsWith("/api/v1/admin/");
    boolean write = !route.method().equals("GET");
    switch (credential) {
      case MALFORMED, REVOKED -> {
        return 401;
      }
      case NONE -> {
        return admin || write ? 401 : 200;
      }
      case READER -> {
        return admin || write ? 403 : 200;
      }
      case WRITER -> {
        return admin ? 403 : 200;
      }
      default -> {
        return successOf(route);
      }
    }
  }

  /** What an allowed call answers: the fake's 200, or the gateway's own answer. */
  private static int successOf(Route route) {
    if (route.service().isPresent()) {
      return 200;
    }
    return switch (route.method()) {
      case "POST" -> 201;
      case "DELETE" -> 404;
      default -> 200;
    };
  }
}
