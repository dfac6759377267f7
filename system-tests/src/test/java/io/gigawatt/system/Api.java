package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The gateway's API as a test client: every call states the status it expects and carries the API
 * key, if any, as bearer token.
 */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String key;

  /** Without a key: for a service called directly, or the gateway's open reads. */
  Api(String baseUrl) {
    this(baseUrl, null);
  }

  Api(String baseUrl, String key) {
    this.baseUrl = baseUrl;
    this.key = key;
  }

  /** The same API without a key. */
  Api anonymous() {
    return new Api(baseUrl, null);
  }

  JsonNode post(String path, String body, int expectedStatus) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        expectedStatus);
  }

  /**
   * Posts until the expected status comes, for up to 30 s: for reads of what another service
   * learns.
   */
  JsonNode postUntil(String path, String body, int expectedStatus) throws Exception {
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return post(path, body, expectedStatus);
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(200);
      }
    }
  }

  JsonNode get(String path, int expectedStatus) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), expectedStatus);
  }

  private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws Exception {
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    var response =
        http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("%s answered %s", response.uri(), response.body())
        .isEqualTo(expectedStatus);
    if (expectedStatus >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
    return JSON.readTree(response.body());
  }
}
