package io.gigawatt.eventstore.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.testapp.TestSql;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class IdempotentCommandsTest {
  static final String BODY = "{\"name\": \"Abilene\", \"plannedCapacityMw\": 1200}";
  static final String SAME_BODY_OTHER_ORDER =
      "{ \"plannedCapacityMw\": 1200.0, \"name\": \"Abilene\" }";

  @Inject TestSql sql;
  @Inject IdempotencyKeyCleanup cleanup;

  @Test
  void aRetryAnswersTheFirstAnswerAndAppendsNothing() {
    var key = UUID.randomUUID().toString();
    var first = post("/test/sites", key, BODY);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.header(IdempotentCommands.REPLAYED)).isNull();
    long events = events();

    var retry = post("/test/sites", key, SAME_BODY_OTHER_ORDER);

    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header(IdempotentCommands.REPLAYED)).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo("\"1\"");
    assertThat(retry.contentType()).startsWith("application/json");
    assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefused() {
    var key = UUID.randomUUID().toString();
    String siteId = post("/test/sites", key, BODY).path("siteId");
    long events = events();

    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(BODY.replace("1200", "1300"))
        .post("/test/sites")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/idempotency-key-reused"));
    assertThat(post("/test/sites/" + siteId + "/announcements", key, BODY).statusCode())
        .isEqualTo(422);
    assertThat(events()).isEqualTo(events);
  }

  @Test
  void concurrentFirstCallsWithOneKeyAppendOnce() throws Exception {
    var key = UUID.randomUUID().toString();
    long events = events();
    var start = new CountDownLatch(1);
    var calls = new ArrayList<Callable<ExtractableResponse<Response>>>();
    IntStream.range(0, 8)
        .forEach(
            i ->
                calls.add(
                    () -> {
                      start.await();
                      return post("/test/sites", key, BODY);
                    }));
    var pool = Executors.newFixedThreadPool(calls.size());
    try {
      var futures = calls.stream().map(pool::submit).toList();
      start.countDown();
      var siteIds = new ArrayList<String>();
      for (var future : futures) {
        var answer = future.get();
        assertThat(answer.statusCode()).isEqualTo(201);
        siteIds.add(answer.path("siteId"));
      }
      assertThat(siteIds.stream().distinct()).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(events()).isEqualTo(events + 1);
  }

  @Test
  void aFailedCommandStoresNothingSoACorrectedRetryRuns() {
    var key = UUID.randomUUID().toString();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(BODY.replace("1200", "-1"))
        .post("/test/sites")
        .then()
        .statusCode(422)
        .body("type", endsWith("/rule/capacity-must-be-positive"));
    assertThat(keyRows(key)).isZero();

    assertThat(post("/test/sites", key, BODY).statusCode()).isEqualTo(201);
    assertThat(post("/test/sites", key, BODY).header(IdempotentCommands.REPLAYED))
        .isEqualTo("true");
    assertThat(keyRows(key)).isOne();
  }

  @Test
  void anUpdateIsReplayedWithItsVersionEvenAfterTheStreamMoved() {
    String siteId = post("/test/sites", UUID.randomUUID().toString(), BODY).path("siteId");
    var key = UUID.randomUUID().toString();
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .header("If-Match", "\"1\"")
        .body(BODY)
        .post("/test/sites/" + siteId + "/announcements")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"");
    post("/test/sites/" + siteId + "/announcements", UUID.randomUUID().toString(), BODY);

    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .header("If-Match", "\"1\"")
        .body(BODY)
        .post("/test/sites/" + siteId + "/announcements")
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .header(IdempotentCommands.REPLAYED, "true")
        .body("version", equalTo(2));
  }

  @Test
  void everyAnswerAndItsReplayCarryTheConsistencyTokenOfTheVersionTheyReport() {
    var createKey = UUID.randomUUID().toString();
    var created = post("/test/sites", createKey, BODY);
    String siteId = created.path("siteId");
    assertThat(token(created)).isEqualTo(new ConsistencyToken(siteId, 1));

    var updateKey = UUID.randomUUID().toString();
    var updated = post("/test/sites/" + siteId + "/announcements", updateKey, BODY);
    assertThat(token(updated)).isEqualTo(new ConsistencyToken(siteId, 2));
    post("/test/sites/" + siteId + "/announcements", UUID.randomUUID().toString(), BODY);

    var createReplayed = post("/test/sites", createKey, BODY);
    var updateReplayed = post("/test/sites/" + siteId + "/announcements", updateKey, BODY);
    assertThat(createReplayed.header(IdempotentCommands.REPLAYED)).isEqualTo("true");
    assertThat(token(createReplayed)).isEqualTo(new ConsistencyToken(siteId, 1));
    assertThat(updateReplayed.header(IdempotentCommands.REPLAYED)).isEqualTo("true");
    assertThat(token(updateReplayed)).isEqualTo(new ConsistencyToken(siteId, 2));
  }

  @Test
  void anExpiredKeyRunsTheCommandAgainAndIsCleanedUp() {
    var key = UUID.randomUUID().toString();
    String first = post("/test/sites", key, BODY).path("siteId");
    expire(key);

    var again = post("/test/sites", key, BODY);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.header(IdempotentCommands.REPLAYED)).isNull();
    assertThat((String) again.path("siteId")).isNotEqualTo(first);

    expire(key);
    assertThat(cleanup.purge()).isPositive();
    assertThat(keyRows(key)).isZero();
  }

  @Test
  void withoutAKeyEveryCallRuns() {
    long events = events();
    given().contentType(ContentType.JSON).body(BODY).post("/test/sites").then().statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(BODY)
        .post("/test/sites")
        .then()
        .statusCode(201)
        .header(IdempotentCommands.REPLAYED, nullValue());
    assertThat(events()).isEqualTo(events + 2);
  }

  private static ConsistencyToken token(ExtractableResponse<Response> answer) {
    return ConsistencyToken.decode(answer.header(ConsistencyToken.HEADER)).orElseThrow();
  }

  private void expire(String key) {
    sql.update(
        "update idempotency_keys set expires_at = now() - interval '1 second'"
            + " where idempotency_key = ?",
        key);
  }

  private long keyRows(String key) {
    return sql.count("select count(*) from idempotency_keys where idempotency_key = ?", key);
  }

  private long events() {
    return sql.count("select count(*) from event_store");
  }

  private static ExtractableResponse<Response> post(String path, String key, String body) {
    return given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(body)
        .post(path)
        .then()
        .extract();
  }
}
