package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;

import java.util.UUID;

/** API keys for tests, issued through the admin API with the configured admin key. */
final class Keys {
  static final String ADMIN = GatewayTestResource.ADMIN_KEY;

  private Keys() {}

  /** An issued key: its id and its secret. */
  record Issued(String id, String key) {}

  /** A new key of this role, named {@code <role>-<random>}; returns the secret. */
  static String issue(String role) {
    return issue(role, role + "-" + UUID.randomUUID());
  }

  static String issue(String role, String name) {
    return issue(role, name, null).key();
  }

  /** {@code rateLimit}: requests per second, or null for the role's default. */
  static Issued issue(String role, String name, Integer rateLimit) {
    var issued =
        given()
            .auth()
            .oauth2(ADMIN)
            .contentType("application/json")
            .body(
                "{\"name\":\""
                    + name
                    + "\",\"role\":\""
                    + role
                    + "\""
                    + (rateLimit == null ? "" : ",\"rateLimit\":" + rateLimit)
                    + "}")
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract();
    return new Issued(issued.path("id"), issued.path("key"));
  }

  /** A key that was issued and then revoked. */
  static String revoked() {
    Issued issued = issue("admin", "revoked-" + UUID.randomUUID(), null);
    revoke(issued.id());
    return issued.key();
  }

  static void revoke(String id) {
    given().auth().oauth2(ADMIN).delete("/api/v1/admin/api-keys/" + id).then().statusCode(204);
  }
}
