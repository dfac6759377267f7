package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** API keys for tests, issued through the admin API with the configured admin key. */
final class Keys {
  static final String ADMIN = GatewayTestResource.ADMIN_KEY;

  private Keys() {}

  /** A new key of this role, named {@code <role>-<random>}; returns the secret. */
  static String issue(String role) {
    return issue(role, role + "-" + UUID.randomUUID());
  }

  static String issue(String role, String name) {
    return given()
        .auth()
        .oauth2(ADMIN)
        .contentType("application/json")
        .body("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}")
        .post("/api/v1/admin/api-keys")
        .then()
        .statusCode(201)
        .extract()
        .path("key");
  }

  /** A key that was issued and then revoked. */
  static String revoked() {
    var issued =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType("application/json")
            .body("{\"name\":\"revoked-" + UUID.randomUUID() + "\",\"role\":\"admin\"}")
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract();
    given()
        .auth()
        .oauth2(ADMIN)
        .delete("/api/v1/admin/api-keys/" + issued.path("id"))
        .then()
        .statusCode(204);
    return issued.path("key");
  }
}
