package io.gigawatt.eventstore;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.testapp.TestEvents;
import io.gigawatt.eventstore.testapp.TestSql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "eventstore"))
class RelayLeadershipTest {

  @Inject DirectConnections connections;
  @Inject RelayConfig config;
  @Inject OutboxRelay relay;
  @Inject TestSql sql;
  @Inject EventStore store;

  @Test
  void twoCandidatesNeverLeadTogetherAndTheSecondTakesOverWhenTheFirstLetsGo() throws SQLException {
    long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    try (var first = connections.openRelay();
        var second = connections.openRelay()) {
      assertThat(first.tryLead(key)).isTrue();
      assertThat(second.tryLead(key)).isFalse();
      assertThat(second.tryLead(key)).isFalse();
      assertThat(AdvisoryLocks.holders(sql, key)).isOne();

      first.close();

      awaitLead(second, key);
      assertThat(AdvisoryLocks.holders(sql, key)).isOne();
    }
  }

  @Test
  void aStandbyTakesOverWhenTheLeadersConnectionDies() throws SQLException {
    long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    try (var leader = connections.openRelay();
        var standby = connections.openRelay()) {
      assertThat(leader.tryLead(key)).isTrue();
      assertThat(standby.tryLead(key)).isFalse();

      AdvisoryLocks.killHolders(sql, key);

      awaitLead(standby, key);
      assertThatThrownBy(() -> leader.outbox().stats()).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void thisInstancesRelayLeadsAndNoOtherSessionCan() throws SQLException {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(relay::isLeader);
    try (var other = connections.openRelay()) {
      assertThat(other.tryLead(config.lockKey())).isFalse();
    }
    assertThat(AdvisoryLocks.holders(sql, config.lockKey())).isOne();
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'outbox-relay' }.data.leader", equalTo(true));
  }

  @Test
  void aCommittedAppendNotifiesTheLeaderAndARolledBackOneDoesNot() throws SQLException {
    long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    try (var listener = connections.openRelay()) {
      assertThat(listener.tryLead(key)).isTrue();
      listener.awaitAppend(Duration.ofMillis(1));

      QuarkusTransaction.requiringNew().run(() -> append("notified-" + UUID.randomUUID()));
      assertThat(listener.awaitAppend(Duration.ofSeconds(10))).isTrue();

      try {
        QuarkusTransaction.requiringNew()
            .run(
                () -> {
                  append("rolled-back-" + UUID.randomUUID());
                  throw new IllegalStateException("roll back");
                });
      } catch (IllegalStateException expected) {
        // the append is gone, and so is its notification
      }
      assertThat(listener.awaitAppend(Duration.ofMillis(500))).isFalse();
    }
  }

  private void append(String streamId) {
    store.append(streamId, 0, List.of(TestEvents.announced(streamId)), EventMetadata.none());
  }

  private static void awaitLead(RelayConnection candidate, long key) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> candidate.tryLead(key));
  }
}
