package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Reports relay leadership and backlog; a standby is as ready as the leader. */
@Readiness
@ApplicationScoped
public class OutboxRelayHealth implements HealthCheck {
  private final OutboxRelay relay;

  OutboxRelayHealth(OutboxRelay relay) {
    this.relay = relay;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("outbox-relay")
        .up()
        .withData("leader", relay.isLeader())
        .withData("backlog", relay.stats().backlog())
        .build();
  }
}
