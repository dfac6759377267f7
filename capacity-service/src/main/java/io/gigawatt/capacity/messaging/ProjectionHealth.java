package io.gigawatt.capacity.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Liveness: every generation this replica feeds has a running consumer thread (a dead one needs a
 * restart). Readiness: the active generation is known, so queries can be answered.
 */
@ApplicationScoped
public class ProjectionHealth {
  private final Projections projections;

  ProjectionHealth(Projections projections) {
    this.projections = projections;
  }

  @Liveness
  HealthCheck consuming() {
    return () ->
        HealthCheckResponse.named("capacity projection consuming")
            .status(projections.consuming())
            .build();
  }

  @Readiness
  HealthCheck viewReady() {
    return () ->
        HealthCheckResponse.named("capacity view ready")
            .status(projections.active().isPresent())
            .withData("activeGeneration", projections.active().map(g -> g.schema()).orElse("none"))
            .build();
  }
}
