package io.gigawatt.eventstore;

import static io.gigawatt.eventstore.testapp.Prometheus.sample;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.testapp.Prometheus;
import io.gigawatt.eventstore.testapp.TestEvents;
import io.gigawatt.eventstore.testapp.TestSql;
import io.gigawatt.eventstore.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class EventStoreMetricsTest {
  static final String APPENDED = "gigawatt_events_appended_total";
  static final String TYPE = "type=\"io.gigawatt.site.announced.v2\"";
  static final String BACKLOG = "gigawatt_outbox_backlog";
  static final String AGE = "gigawatt_outbox_oldest_unpublished_age_seconds";
  static final String LEADER = "gigawatt_outbox_relay_leader";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject DirectConnections connections;
  @Inject RelayConfig config;
  @Inject OutboxRelay relay;
  @Inject EventStore store;
  @Inject TestSql sql;

  @Test
  void appendedEventsAreCountedByTypeAndTheLeaderKeepsTheBacklogEmpty() {
    double before = Prometheus.sample(APPENDED, TYPE).orElse(0);
    for (int i = 0; i < 3; i++) {
      given()
          .contentType(ContentType.JSON)
          .body("{\"name\": \"Counted\", \"plannedCapacityMw\": 10}")
          .post("/test/sites")
          .then()
          .statusCode(201);
    }
    assertThat(Prometheus.sample(APPENDED, TYPE)).hasValue(before + 3);

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> sample(LEADER) == 1 && sample(BACKLOG) == 0 && sample(AGE) == 0);
  }

  @Test
  void withoutALeaderTheBacklogAndItsAgeGrowThenTheTakeoverPublishesIt() throws Exception {
    var waiting = List.of("waiting-" + UUID.randomUUID(), "waiting-" + UUID.randomUUID());
    try (var thief = connections.openRelay()) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                AdvisoryLocks.killHolders(sql, config.lockKey());
                return thief.tryLead(config.lockKey());
              });
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !relay.isLeader());
      waiting.forEach(this::append);

      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> sample(BACKLOG) >= 2 && sample(AGE) >= 1);
      assertThat(sample(LEADER)).isZero();
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> sample(LEADER) == 1 && sample(BACKLOG) == 0 && sample(AGE) == 0);
    TopicReader.readUntil(
        bootstrapServers,
        Topics.SITE_EVENTS,
        read -> read.stream().map(r -> r.key()).toList().containsAll(waiting),
        Duration.ofSeconds(30));
  }

  private void append(String streamId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                store.append(
                    streamId, 0, List.of(TestEvents.announced(streamId)), EventMetadata.none()));
  }
}
