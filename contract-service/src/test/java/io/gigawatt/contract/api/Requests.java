package io.gigawatt.contract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;

/** Contract requests and bodies for the resource tests. */
final class Requests {
  static final String CONTRACTS = "/api/v1/contracts";
  static final String CONTRACT =
      """
      { "kind": "CLOUD_CAPACITY", "title": "Oracle–OpenAI 4.5 GW", "program": "Stargate",
        "parties": [{"name": "OpenAI", "country": "US", "role": "BUYER"},
                    {"name": "Oracle", "country": "US", "role": "PROVIDER"}],
        "valueUsd": 300000000000, "termMonths": 60, "committedMw": 4500,
        "gpuModel": "nvidia-gb200", "gpuCount": 100000, "siteIds": [%s],
        "signedOn": "2025-07-22", "source": "https://example.org/oracle-openai", "confidence": "REPORTED" }
      """;
  static final String DELIVERY =
      """
      { "deliveryId": "%s", "siteId": "%s", "gpuModel": "nvidia-gb200", "count": %d,
        "deliveredOn": "2025-09-26", "source": "https://example.org/gb200", "confidence": "REPORTED" }
      """;
  static final String AMEND_GPU_COUNT =
      """
      { "amendedOn": "2025-12-01", "gpuCount": %d, "reason": "second phase",
        "source": "https://example.org/phase-2", "confidence": "CONFIRMED" }
      """;
  static final String TERMINATION =
      """
      { "terminatedOn": "2026-03-01", "reason": "cancelled by the buyer",
        "source": "https://example.org/end", "confidence": "REPORTED" }
      """;

  private Requests() {}

  /** Signs a contract for 100,000 GB200s covering the given sites; returns its id. */
  static String sign(String... siteIds) {
    var sites = new StringBuilder();
    for (String siteId : siteIds) {
      sites.append(sites.isEmpty() ? "" : ", ").append('"').append(siteId).append('"');
    }
    return post(CONTRACTS, CONTRACT.formatted(sites))
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .extract()
        .path("contractId");
  }

  static ValidatableResponse deliver(String contractId, String deliveryId, String siteId, long n) {
    return post(
        CONTRACTS + "/" + contractId + "/deliveries", DELIVERY.formatted(deliveryId, siteId, n));
  }

  /** The first {@code count} records of a contract on its topic, as a subscriber reads them. */
  static List<TopicReader.Received> published(
      String bootstrapServers, String contractId, int count) {
    return TopicReader.readUntil(
            bootstrapServers,
            Topics.CONTRACT_EVENTS,
            read -> read.stream().filter(r -> contractId.equals(r.key())).count() >= count,
            Duration.ofSeconds(60))
        .stream()
        .filter(r -> contractId.equals(r.key()))
        .limit(count)
        .toList();
  }

  static ValidatableResponse post(String path, String body) {
    return given().contentType(ContentType.JSON).body(body).post(path).then();
  }

  static ValidatableResponse rejected(ValidatableResponse response, String rule) {
    return response
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/rule/" + rule));
  }
}
