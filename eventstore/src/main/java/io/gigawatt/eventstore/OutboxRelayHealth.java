package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports relay leadership and backlog; a standby is as ready as the leader. While events wait
 * longer than {@link #STALLED_AFTER_SECONDS} to be published (Kafka unreachable) the service is
 * degraded, not down: commands are still accepted into the outbox, so readiness stays UP and says
 * {@code "state": "degraded"}.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {
  static final double STALLED_AFTER_SECONDS = 10;

  private final OutboxRelay relay;

  OutboxRelayHealth(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    var stats = relay.stats();
    double oldest = stats.oldestAgeSeconds(Instant.now());
    return HealthCheckResponse.named("outbox-relay")
        .up()
        .withData("leader", relay.isLeader())
        .withData("backlog", stats.backlog())
        .withData("oldestUnpublishedSeconds", Math.round(oldest))
        .withData("state", oldest > STALLED_AFTER_SECONDS ? "degraded" : "ok")
        .build();
  }
}
