package io.gigawatt.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.testapp.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class OptimisticConcurrencyTest {
  static final int WRITERS = 8;
  static final int VERSIONS = 6;

  @Inject EventStore store;

  /** Appends one event at a version; throws ConcurrencyConflictException when it loses. */
  interface Writer {
    void append(String streamId, int expectedVersion);
  }

  @Test
  void concurrentGroupCommittedWritersAtOneVersionMakeExactlyOneWinnerAndNoGap() throws Exception {
    raceAtEveryVersion(
        "grouped-",
        (streamId, expected) ->
            store.commit(
                new PendingAppend(
                    streamId,
                    expected,
                    List.of(TestEvents.announced(streamId)),
                    EventMetadata.none()),
                null));
  }

  @Test
  void concurrentWritersInTheirOwnTransactionsMakeExactlyOneWinnerAndNoGap() throws Exception {
    raceAtEveryVersion(
        "transactional-",
        (streamId, expected) ->
            QuarkusTransaction.requiringNew()
                .run(
                    () ->
                        store.append(
                            streamId,
                            expected,
                            List.of(TestEvents.announced(streamId)),
                            EventMetadata.none())));
  }

  @Test
  void aWriterAheadOfTheStreamLosesInsteadOfLeavingAGap() {
    var streamId = "ahead-" + UUID.randomUUID();
    appendAt(streamId, 0).statusCode(200);
    appendAt(streamId, 2).statusCode(409).body("currentVersion", equalTo(1));
    appendAt(streamId, 1).statusCode(200);
    assertThat(store.load(streamId).stream().map(RecordedEvent::version)).containsExactly(1, 2);
  }

  private void raceAtEveryVersion(String prefix, Writer writer) throws Exception {
    var streamId = prefix + UUID.randomUUID();
    var pool = Executors.newFixedThreadPool(WRITERS);
    try {
      for (int version = 0; version < VERSIONS; version++) {
        assertThat(race(pool, writer, streamId, version))
            .as("winners at version %d", version)
            .isOne();
      }
    } finally {
      pool.shutdownNow();
    }
    var versions = store.load(streamId).stream().map(RecordedEvent::version).toList();
    assertThat(versions).isEqualTo(IntStream.rangeClosed(1, VERSIONS).boxed().toList());
  }

  private int race(
      java.util.concurrent.ExecutorService pool, Writer writer, String streamId, int expected)
      throws Exception {
    var start = new CountDownLatch(1);
    List<Future<Boolean>> attempts =
        IntStream.range(0, WRITERS)
            .mapToObj(i -> pool.submit(() -> append(start, writer, streamId, expected)))
            .toList();
    start.countDown();
    int winners = 0;
    for (var attempt : attempts) {
      winners += attempt.get() ? 1 : 0;
    }
    return winners;
  }

  private boolean append(CountDownLatch start, Writer writer, String streamId, int expected)
      throws Exception {
    start.await();
    try {
      writer.append(streamId, expected);
      return true;
    } catch (ConcurrencyConflictException e) {
      return false;
    }
  }

  @Test
  void aLostRaceAnswers409WithTheCurrentVersion() {
    var siteId = "lost-" + UUID.randomUUID();
    appendAt(siteId, 0).statusCode(200);
    appendAt(siteId, 1).statusCode(200);
    appendAt(siteId, 1)
        .statusCode(409)
        .contentType("application/problem+json")
        .header("ETag", "\"2\"")
        .body("type", endsWith("/problems/version-conflict"))
        .body("status", equalTo(409))
        .body("currentVersion", equalTo(2));
  }

  @Test
  void aStaleIfMatchAnswers412WithTheCurrentVersion() {
    var siteId = "stale-" + UUID.randomUUID();
    appendAt(siteId, 0).statusCode(200);
    appendAt(siteId, 1).statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body("{\"name\": \"Again\", \"plannedCapacityMw\": 10}")
        .post("/test/sites/" + siteId + "/announcements")
        .then()
        .statusCode(412)
        .header("ETag", "\"2\"")
        .body("currentVersion", equalTo(2));
  }

  private static io.restassured.response.ValidatableResponse appendAt(String siteId, int version) {
    return given()
        .contentType(ContentType.JSON)
        .post("/test/sites/" + siteId + "/raw?expectedVersion=" + version)
        .then();
  }
}
