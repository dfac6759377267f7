package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.Metric;
import io.gigawatt.capacity.persistence.RegionReads;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code gigawatt.capacity.gpus.unknown.model} on {@code /q/metrics}: GPUs in the current view
 * whose model the catalog lacks, so a gap in the catalog shows up instead of counting as zero
 * compute.
 */
@ApplicationScoped
public class UnknownModelMetric {
  private final Projections projections;
  private final RegionReads reads;
  private final MeterRegistry registry;
  private volatile double gpus;

  UnknownModelMetric(Projections projections, RegionReads reads, MeterRegistry registry) {
    this.projections = projections;
    this.reads = reads;
    this.registry = registry;
  }

  void start(@Observes StartupEvent event) {
    Gauge.builder("gigawatt.capacity.gpus.unknown.model", this, m -> m.gpus)
        .description("GPUs in the current view of models the catalog lacks")
        .register(registry);
  }

  @Scheduled(every = "5s")
  void refresh() {
    projections
        .active()
        .flatMap(
            generation ->
                reads.region(generation, Level.WORLD_CODE).stream()
                    .filter(row -> row.totals().code().equals(Level.WORLD_CODE))
                    .findFirst())
        .ifPresent(row -> gpus = row.totals().get(Metric.UNKNOWN_MODEL_GPUS).doubleValue());
  }
}
