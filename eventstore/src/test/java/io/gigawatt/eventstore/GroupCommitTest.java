package io.gigawatt.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.testapp.TestEvents;
import io.gigawatt.eventstore.testapp.TestSql;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class GroupCommitTest {
  static final int WRITES = 200;

  @Inject GroupCommit groupCommit;
  @Inject EventStore store;
  @Inject TestSql sql;

  @Test
  void concurrentCommandsShareTransactionsAndEachGetsItsOwnEvents() throws Exception {
    var prefix = "grouped-" + UUID.randomUUID() + "-";
    var streams = IntStream.range(0, WRITES).mapToObj(i -> prefix + i).toList();
    var commits = streams.stream().map(id -> groupCommit.submit(newStream(id), null)).toList();

    for (int i = 0; i < WRITES; i++) {
      var recorded = commits.get(i).get(30, TimeUnit.SECONDS);
      assertThat(recorded).singleElement().satisfies(e -> assertThat(e.version()).isOne());
      assertThat(recorded.get(0).streamId()).isEqualTo(streams.get(i));
    }
    assertThat(sql.count("select count(*) from event_store where stream_id like ?", prefix + "%"))
        .isEqualTo(WRITES);
    assertThat(
            sql.count(
                "select count(distinct recorded_at) from event_store where stream_id like ?",
                prefix + "%"))
        .as("transactions (recorded_at is the transaction's start)")
        .isLessThan(WRITES);
  }

  @Test
  void positionsFollowTheOrderOfCommandsAndOfTheirEvents() throws Exception {
    var id = "ordered-" + UUID.randomUUID();
    var events = List.of(TestEvents.announced(id, "a", 1), TestEvents.announced(id, "b", 2));
    var recorded =
        groupCommit
            .submit(new PendingAppend(id, 0, events, EventMetadata.none()), null)
            .get(30, TimeUnit.SECONDS);
    assertThat(recorded).extracting(RecordedEvent::version).containsExactly(1, 2);
    assertThat(recorded.get(1).position()).isGreaterThan(recorded.get(0).position());
  }

  @Test
  void aLostRaceInAGroupFailsOnlyThatCommand() throws Exception {
    var taken = "taken-" + UUID.randomUUID();
    store.commit(newStream(taken), null);
    var prefix = "bystander-" + UUID.randomUUID() + "-";
    var commits = new ArrayList<CompletableFuture<List<RecordedEvent>>>();
    for (int i = 0; i < 50; i++) {
      commits.add(groupCommit.submit(newStream(prefix + i), null));
      if (i == 25) {
        commits.add(groupCommit.submit(newStream(taken), null));
      }
    }
    var lost = commits.remove(26);
    assertThatThrownBy(() -> lost.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConcurrencyConflictException.class);
    for (var commit : commits) {
      assertThat(commit.get(30, TimeUnit.SECONDS)).hasSize(1);
    }
    assertThat(sql.count("select count(*) from event_store where stream_id = ?", taken)).isOne();
  }

  @Test
  void anIdempotencyKeyIsStoredWithTheEventsAndASecondCommitWithItIsRefused() {
    var key = "key-" + UUID.randomUUID();
    var answer = new StoredAnswer(201, "{}", "application/json", "/x", "\"1\"", "token");
    var record = new IdempotencyRecord(key, "fp", answer, Duration.ofHours(1));
    var first = "first-" + UUID.randomUUID();
    store.commit(newStream(first), record);
    var second = "second-" + UUID.randomUUID();
    assertThatThrownBy(() -> store.commit(newStream(second), record))
        .isInstanceOf(IdempotencyKeyTakenException.class);
    assertThat(store.findKey(key)).contains(new StoredKey("fp", answer));
    assertThat(sql.count("select count(*) from idempotency_keys where idempotency_key = ?", key))
        .isOne();
    assertThat(sql.count("select count(*) from event_store where stream_id = ?", second)).isZero();
  }

  private static PendingAppend newStream(String id) {
    return new PendingAppend(id, 0, List.of(TestEvents.announced(id)), EventMetadata.none());
  }
}
