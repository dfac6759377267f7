package io.gigawatt.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Defaults: anonymous 20/s with a burst of 100 per address; a key's own limit when issued. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class RateLimitTest {

  @Test
  void anAnonymousAddressGetsItsBurstThen429WithRetryAfterAndRateLimitHeaders() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));
    String address = "203.0.113." + (1 + (int) (Math.random() * 250));

    var first = given().header("X-Forwarded-For", address).get("/api/v1/programs");
    List<HttpResponse<String>> burst = burst(address, 130);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.header("RateLimit-Limit")).isEqualTo("100");
    assertThat(first.header("RateLimit-Remaining")).isEqualTo("99");
    long accepted = burst.stream().filter(a -> a.statusCode() == 200).count();
    assertThat(accepted).isBetween(99L, 125L);
    HttpResponse<String> refused =
        burst.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
    assertThat(refused.headers().firstValue("RateLimit-Reset").map(Integer::parseInt))
        .hasValueSatisfying(reset -> assertThat(reset).isBetween(1, 6));

    given()
        .header("X-Forwarded-For", "198.51.100.9")
        .get("/api/v1/programs")
        .then()
        .statusCode(200);
  }

  /** {@code count} requests from one address sent at once. */
  private static List<HttpResponse<String>> burst(String address, int count) {
    HttpClient client = HttpClient.newHttpClient();
    var request =
        HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/programs"))
            .header("X-Forwarded-For", address)
            .build();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    return sent.stream().map(CompletableFuture::join).toList();
  }

  @Test
  void aKeyIssuedWithItsOwnLimitIsHeldToIt() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));
    String key =
        given()
            .auth()
            .oauth2(Keys.ADMIN)
            .contentType("application/json")
            .body(
                "{\"name\":\"slow-" + UUID.randomUUID() + "\",\"role\":\"reader\",\"rateLimit\":3}")
            .post("/api/v1/admin/api-keys")
            .then()
            .statusCode(201)
            .extract()
            .path("key");

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(given().auth().oauth2(key).get("/api/v1/programs").statusCode());
    }

    assertThat(statuses.subList(0, 3)).containsOnly(200);
    assertThat(statuses).contains(429);
  }

  @Test
  void readerAndWriterKeysDefaultTo1000PerSecondAndAdminKeysAreUnlimited() {
    FakeDownstream.respond(Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));

    var writer = given().auth().oauth2(Keys.issue("writer")).get("/api/v1/programs");
    var admin = given().auth().oauth2(Keys.ADMIN).get("/api/v1/programs");

    assertThat(writer.header("RateLimit-Limit")).isEqualTo("1000");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.header("RateLimit-Limit")).isNull();
  }
}
