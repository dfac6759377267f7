package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.Requests.AMEND_GPU_COUNT;
import static io.gigawatt.contract.api.Requests.CONTRACT;
import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.TERMINATION;
import static io.gigawatt.contract.api.Requests.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class IdempotencyTest {

  @Test
  void aRetriedAmendmentAnswersTheFirstAnswerAndRecordsOnce() {
    String contractId = sign();
    String amendments = CONTRACTS + "/" + contractId + "/amendments";
    var key = UUID.randomUUID().toString();
    String token = new ConsistencyToken(contractId, 2).encode();
    post(amendments, key, AMEND_GPU_COUNT.formatted(150_000))
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header(ConsistencyToken.HEADER, token)
        .body("version", equalTo(2));
    post(amendments, key, AMEND_GPU_COUNT.formatted(150_000))
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header("Idempotent-Replayed", "true")
        .header(ConsistencyToken.HEADER, token)
        .body("contractId", equalTo(contractId))
        .body("version", equalTo(2));
    given().get(CONTRACTS + "/" + contractId + "/events").then().body("size()", equalTo(2));

    post(amendments, key, AMEND_GPU_COUNT.formatted(160_000))
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://gigawatt.io/problems/idempotency-key-reused"));
  }

  @Test
  void aRetriedSigningSignsOneContract() {
    var key = UUID.randomUUID().toString();
    String body = CONTRACT.formatted("");
    var answer = post(CONTRACTS, key, body).statusCode(201).extract();
    String first = answer.path("contractId");
    assertThat(answer.header(ConsistencyToken.HEADER))
        .isEqualTo(new ConsistencyToken(first, 1).encode());
    post(CONTRACTS, key, body)
        .statusCode(201)
        .header("ETag", "\"1\"")
        .header("Idempotent-Replayed", "true")
        .header(ConsistencyToken.HEADER, answer.header(ConsistencyToken.HEADER))
        .body("contractId", equalTo(first));
  }

  @Test
  void aRefusedCommandStoresNoAnswerSoACorrectedRetryRuns() {
    String contractId = sign();
    String termination = CONTRACTS + "/" + contractId + "/termination";
    var key = UUID.randomUUID().toString();
    post(termination, key, TERMINATION.replace("2026-03-01", "2025-01-01")).statusCode(422);
    post(termination, key, TERMINATION).statusCode(200).body("version", equalTo(2));
  }

  private static ValidatableResponse post(String path, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(path)
        .then();
  }
}
