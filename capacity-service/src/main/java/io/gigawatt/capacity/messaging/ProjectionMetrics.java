package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.application.ProjectionProgress.Snapshot;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The projection on {@code /q/metrics}, per role ({@code active}, {@code rebuild}): events applied,
 * events/s, lag, rebuild ETA, dead letters, and lag and position per partition.
 */
@ApplicationScoped
public class ProjectionMetrics {
  private final Projections projections;
  private final MeterRegistry registry;
  private MultiGauge lagByPartition;
  private MultiGauge positions;

  ProjectionMetrics(Projections projections, MeterRegistry registry) {
    this.projections = projections;
    this.registry = registry;
  }

  void start(@Observes StartupEvent event) {
    for (String role : List.of("active", "rebuild")) {
      counter("gigawatt.projection.events.applied", role, Snapshot::eventsApplied);
      counter("gigawatt.projection.dead.letters", role, Snapshot::deadLetters);
      counter("gigawatt.projection.duplicates", role, Snapshot::duplicates);
      gauge("gigawatt.projection.events.per.second", role, Snapshot::eventsPerSecond);
      gauge("gigawatt.projection.lag", role, s -> Math.max(0, s.lag()));
      gauge(
          "gigawatt.projection.eta.seconds",
          role,
          s -> s.etaSeconds() == null ? Double.NaN : s.etaSeconds());
    }
    lagByPartition = MultiGauge.builder("gigawatt.projection.partition.lag").register(registry);
    positions = MultiGauge.builder("gigawatt.projection.partition.position").register(registry);
  }

  @Scheduled(every = "5s")
  void refreshPartitions() {
    if (lagByPartition == null) {
      return;
    }
    List<MultiGauge.Row<?>> lags = new ArrayList<>();
    List<MultiGauge.Row<?>> offsets = new ArrayList<>();
    for (Snapshot snapshot : projections.progress()) {
      String role = role(snapshot);
      snapshot
          .lagByPartition()
          .forEach((partition, lag) -> lags.add(MultiGauge.Row.of(tags(role, partition), lag)));
      snapshot
          .positions()
          .forEach(
              (partition, next) -> offsets.add(MultiGauge.Row.of(tags(role, partition), next)));
    }
    lagByPartition.register(lags, true);
    positions.register(offsets, true);
  }

  private void counter(String name, String role, ToDoubleFunction<Snapshot> value) {
    FunctionCounter.builder(name, this, m -> m.of(role).map(value::applyAsDouble).orElse(0.0))
        .tag("role", role)
        .register(registry);
  }

  private void gauge(String name, String role, ToDoubleFunction<Snapshot> value) {
    Gauge.builder(name, this, m -> m.of(role).map(value::applyAsDouble).orElse(Double.NaN))
        .tag("role", role)
        .register(registry);
  }

  private Optional<Snapshot> of(String role) {
    return projections.progress().stream().filter(s -> role(s).equals(role)).findFirst();
  }

  private String role(Snapshot snapshot) {
    int id = snapshot.generation().id();
    boolean active = projections.active().map(g -> g.id() == id).orElse(false);
    return active ? "active" : "rebuild";
  }

  private static Tags tags(String role, String partition) {
    return Tags.of("role", role, "partition", partition);
  }
}
