package io.gigawatt.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.testapp.TestEvents;
import io.gigawatt.eventstore.testapp.TestSql;
import io.gigawatt.eventstore.testing.TopicReader;
import io.gigawatt.eventstore.testing.TopicReader.Received;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class OutboxRelayTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject EventStore store;
  @Inject TestSql sql;

  @Test
  void aTransactionThatCommitsAfterLaterPositionsArePublishedIsPublishedToo() throws Exception {
    var held = "held-" + UUID.randomUUID();
    var appended = new CountDownLatch(1);
    var commit = new CountDownLatch(1);
    var heldPosition = new AtomicLong();
    var holder =
        CompletableFuture.runAsync(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          heldPosition.set(append(held, 0).get(0).position());
                          appended.countDown();
                          await(commit);
                        }));
    assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();

    var later = List.of("later-" + UUID.randomUUID(), "later-" + UUID.randomUUID());
    var laterPositions = later.stream().map(id -> inNewTransaction(id, 0)).toList();
    assertThat(laterPositions).allMatch(position -> position > heldPosition.get());
    var beforeCommit = read(records -> keys(records).containsAll(later));
    assertThat(keys(beforeCommit)).doesNotContain(held);

    commit.countDown();
    holder.get(30, TimeUnit.SECONDS);

    var records = read(read -> keys(read).contains(held));
    assertThat(records.stream().filter(r -> held.equals(r.key()))).hasSize(1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> published(held) == 1);
  }

  @Test
  void eachAggregatesEventsReachTheTopicInVersionOrderOnOnePartition() throws Exception {
    var aggregates =
        IntStream.range(0, 4).mapToObj(i -> "ordered-" + i + "-" + UUID.randomUUID()).toList();
    var pool = Executors.newFixedThreadPool(6);
    try {
      var writers =
          IntStream.range(0, 6)
              .mapToObj(w -> CompletableFuture.runAsync(() -> write(aggregates, 12), pool))
              .toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(writers).get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    Map<String, Integer> versions =
        aggregates.stream().collect(Collectors.toMap(id -> id, store::currentVersion));
    assertThat(versions.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6 * 12);

    var records =
        read(
            read -> aggregates.stream().allMatch(id -> ofKey(read, id).size() >= versions.get(id)));
    for (String id : aggregates) {
      var mine = ofKey(records, id);
      var sequences = mine.stream().map(r -> Integer.parseInt(r.header("ce_sequence"))).toList();
      assertThat(sequences)
          .as("ce_sequence of %s", id)
          .isEqualTo(IntStream.rangeClosed(1, versions.get(id)).boxed().toList());
      assertThat(mine.stream().map(Received::partition).distinct()).hasSize(1);
    }
  }

  /**
   * Appends {@code count} events to random aggregates, reading the version first like a command.
   */
  private void write(List<String> aggregates, int count) {
    for (int written = 0; written < count; ) {
      var id = aggregates.get(ThreadLocalRandom.current().nextInt(aggregates.size()));
      try {
        QuarkusTransaction.requiringNew().run(() -> append(id, store.currentVersion(id)));
        written++;
      } catch (ConcurrencyConflictException e) {
        // lost the race: read again and retry, as a client would after a 409
      }
    }
  }

  private List<RecordedEvent> append(String streamId, int version) {
    return store.append(
        streamId, version, List.of(TestEvents.announced(streamId)), EventMetadata.none());
  }

  private long inNewTransaction(String streamId, int version) {
    return QuarkusTransaction.requiringNew()
        .call(() -> append(streamId, version))
        .get(0)
        .position();
  }

  private long published(String streamId) {
    return sql.count(
        "select count(*) from event_store where stream_id = ? and published_at is not null",
        streamId);
  }

  private List<Received> read(java.util.function.Predicate<List<Received>> done) {
    return TopicReader.readUntil(
        bootstrapServers, Topics.SITE_EVENTS, done, Duration.ofSeconds(60));
  }

  private static Set<String> keys(List<Received> records) {
    return records.stream().map(Received::key).collect(Collectors.toSet());
  }

  private static List<Received> ofKey(List<Received> records, String key) {
    return new ArrayList<>(records.stream().filter(r -> key.equals(r.key())).toList());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
