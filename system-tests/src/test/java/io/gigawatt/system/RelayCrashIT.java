package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.devstack.RunningStack;
import io.gigawatt.devstack.Services;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failure behaviour end to end: site-service is killed with SIGKILL while clients announce sites
 * through the gateway and its outbox relay is publishing, then restarted. No accepted site may be
 * lost or stored twice, the topic may hold duplicates but no gaps, and the capacity view counts
 * each stored site once. A request cut off by the kill may or may not have been stored; the store
 * says which.
 */
class RelayCrashIT {
  private static final int CLIENTS = 4;
  private static final int ACCEPTED_BEFORE_KILL = 50;
  private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(3);
  private static final Duration BACKLOG_WAIT = Duration.ofSeconds(10);
  private static final Duration SETTLE = Duration.ofSeconds(90);

  private static RunningStack stack;
  private static Api api;
  private static String key;

  @BeforeAll
  static void startStack() throws Exception {
    stack = TestStacks.start("crash-it");
    key = TestStacks.issueKey(stack, "writer", "crash-it-writer");
    api = new Api(stack.apiUrl(), key);
  }

  @AfterAll
  static void stopStack() {
    TestStacks.stop(stack);
  }

  @Test
  void siteServiceKilledMidBatchLosesNothingAcceptedAndCountsEverySiteOnce() throws Exception {
    var load = new SiteLoad(stack.apiUrl(), CLIENTS, key);
    try (var store = new SiteEventStore(stack.jdbcUrl("sites"))) {
      long backlogAtKill;
      long killedPid;
      long loading = System.nanoTime();
      load.start();
      try {
        Await.until(
            ACCEPTED_BEFORE_KILL + " accepted sites in at least " + LOAD_BEFORE_KILL,
            SETTLE,
            load.accepted::size,
            n ->
                n >= ACCEPTED_BEFORE_KILL
                    && System.nanoTime() - loading >= LOAD_BEFORE_KILL.toNanos());
        backlogAtKill = awaitBacklog(store);
        killedPid = stack.kill(Services.SITE);
        int failuresAtKill = load.failures();
        Await.until(
            "the clients seeing the outage (2 failures a client)",
            SETTLE,
            load::failures,
            n -> n >= failuresAtKill + 2 * CLIENTS);
      } finally {
        load.stop();
      }
      var loadTime = Duration.ofNanos(System.nanoTime() - loading);
      long restarting = System.nanoTime();
      long restartedPid = stack.restart(Services.SITE);
      var restart = Duration.ofNanos(System.nanoTime() - restarting);

      assertThat(load.unexpected).as("answers neither 201 nor 5xx").isEmpty();
      Await.until("an empty outbox after the restart", SETTLE, store::unpublished, n -> n == 0);
      Map<String, SiteEventStore.Stream> stored = store.streams();
      assertStoredOnceEach(load, stored);

      var topic = SiteTopic.read(stack.kafkaBootstrapServers(), SETTLE);
      assertThat(topic.perSubject().keySet())
          .as("sites on %s", SiteTopic.TOPIC)
          .containsAll(stored.keySet())
          .allMatch(stored::containsKey);

      double plannedMw = stored.values().stream().mapToInt(s -> load.attempted.get(s.name())).sum();
      JsonNode us =
          Await.until(
              "the US view counting " + stored.size() + " sites, " + plannedMw + " MW",
              SETTLE,
              () -> api.get("/capacity/regions/US", 200),
              view ->
                  view.at("/sites/announced").asLong() == stored.size()
                      && view.at("/powerMw/planned").asDouble() == plannedMw);

      long cutOffButStored =
          load.notAccepted.keySet().stream().filter(namesOf(stored)::contains).count();
      System.out.printf(
          "RelayCrashIT: stack up in %.1f s; %d clients for %.1f s; killed site-service (pid %d) with %d unpublished events;"
              + " restarted (pid %d) ready in %.1f s%n"
              + "  accepted %d, not accepted %d (stored anyway %d), stored %d,"
              + " on topic %d sites in %d records, duplicates on topic %d,"
              + " US view %d sites / %.0f MW%n",
          stack.startup().toMillis() / 1000.0,
          CLIENTS,
          loadTime.toMillis() / 1000.0,
          killedPid,
          backlogAtKill,
          restartedPid,
          restart.toMillis() / 1000.0,
          load.accepted.size(),
          load.notAccepted.size(),
          cutOffButStored,
          stored.size(),
          topic.perSubject().size(),
          topic.records(),
          topic.duplicates(),
          us.at("/sites/announced").asLong(),
          us.at("/powerMw/planned").asDouble());
    }
  }

  /** Every accepted site exactly once; a site cut off by the kill at most once; nothing else. */
  private static void assertStoredOnceEach(
      SiteLoad load, Map<String, SiteEventStore.Stream> stored) {
    assertThat(stored.values())
        .as("streams with other than one event")
        .filteredOn(stream -> stream.events() != 1)
        .isEmpty();
    Map<String, List<String>> streamsByName =
        stored.values().stream()
            .collect(
                Collectors.groupingBy(
                    SiteEventStore.Stream::name,
                    Collectors.mapping(SiteEventStore.Stream::streamId, Collectors.toList())));
    assertThat(streamsByName)
        .as("site names stored more than once")
        .allSatisfy((name, ids) -> assertThat(ids).as(name).hasSize(1));
    Set<String> attempted = new HashSet<>(load.accepted.keySet());
    attempted.addAll(load.notAccepted.keySet());
    assertThat(streamsByName.keySet()).as("stored site names").isSubsetOf(attempted);
    load.accepted.forEach(
        (name, siteId) ->
            assertThat(stored.get(siteId))
                .as("accepted site %s (%s) in the store", name, siteId)
                .isNotNull()
                .extracting(SiteEventStore.Stream::name)
                .isEqualTo(name));
  }

  /**
   * Waits (querying back to back) until the outbox holds unpublished events, so the kill hits the
   * relay mid-batch; returns how many it saw, 0 when it saw none in time.
   */
  private static long awaitBacklog(SiteEventStore store) throws Exception {
    long deadline = System.nanoTime() + BACKLOG_WAIT.toNanos();
    long backlog = store.unpublished();
    while (backlog == 0 && System.nanoTime() < deadline) {
      backlog = store.unpublished();
    }
    return backlog;
  }

  private static Set<String> namesOf(Map<String, SiteEventStore.Stream> stored) {
    return stored.values().stream().map(SiteEventStore.Stream::name).collect(Collectors.toSet());
  }
}
