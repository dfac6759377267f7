package io.gigawatt.eventstore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;

/**
 * {@code gigawatt_events_appended_total{type}} (counted after commit), {@code
 * gigawatt_outbox_backlog}, {@code gigawatt_outbox_oldest_unpublished_age_seconds} and {@code
 * gigawatt_outbox_relay_leader} (1 on the instance that publishes).
 */
@ApplicationScoped
public class EventStoreMetrics {
  private final MeterRegistry registry;
  private final OutboxRelay relay;

  EventStoreMetrics(MeterRegistry registry, OutboxRelay relay) {
    this.registry = registry;
    this.relay = relay;
  }

  void register(@Observes StartupEvent startup) {
    Gauge.builder("gigawatt.outbox.backlog", relay, r -> r.stats().backlog())
        .description("Events stored but not yet acknowledged by Kafka")
        .strongReference(true)
        .register(registry);
    Gauge.builder(
            "gigawatt.outbox.oldest.unpublished.age",
            relay,
            r -> r.stats().oldestAgeSeconds(Instant.now()))
        .description("Age of the oldest unpublished event")
        .baseUnit("seconds")
        .strongReference(true)
        .register(registry);
    Gauge.builder("gigawatt.outbox.relay.leader", relay, r -> r.isLeader() ? 1 : 0)
        .description("1 if this instance holds the relay lock and publishes")
        .strongReference(true)
        .register(registry);
  }

  void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsAppended appended) {
    for (String type : appended.types()) {
      registry.counter("gigawatt.events.appended", "type", type).increment();
    }
  }
}
