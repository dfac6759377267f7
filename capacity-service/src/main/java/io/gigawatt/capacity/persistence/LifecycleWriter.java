package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.ContractEventFact;
import io.gigawatt.capacity.domain.SiteEventFact;
import io.gigawatt.support.messaging.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Stores lifecycle facts under their aggregate id and sequence, each once: a fact already stored
 * for that sequence (the event redelivered under another id) is kept as it is.
 */
@ApplicationScoped
class LifecycleWriter {
  private static final Logger LOG = Logger.getLogger(LifecycleWriter.class);

  void site(SiteEventFact fact, RecordedEvent recorded) {
    if (stored(SiteEventEntity.findById(key(fact.siteId(), fact.sequence())), recorded)) {
      return;
    }
    var row = new SiteEventEntity();
    row.aggregateId = fact.siteId();
    row.sequence = fact.sequence();
    row.kind = fact.kind();
    row.mw = fact.mw();
    row.occurredOn = recorded.event().occurredOn();
    row.eventId = recorded.eventId();
    row.persist();
  }

  void contract(ContractEventFact fact, RecordedEvent recorded) {
    if (stored(ContractEventEntity.findById(key(fact.contractId(), fact.sequence())), recorded)) {
      return;
    }
    var changes = fact.changes();
    var row = new ContractEventEntity();
    row.aggregateId = fact.contractId();
    row.sequence = fact.sequence();
    row.kind = fact.kind();
    row.valueUsd = changes.valueUsd();
    row.committedMw = changes.committedMw();
    row.gpuCount = changes.gpuCount();
    row.termMonths = changes.termMonths();
    row.siteIds = changes.siteIds() == null ? null : changes.siteIds().toArray(String[]::new);
    row.occurredOn = recorded.event().occurredOn();
    row.eventId = recorded.eventId();
    row.persist();
  }

  private static AggregateSequence key(String aggregateId, long sequence) {
    return new AggregateSequence(aggregateId, sequence);
  }

  private static boolean stored(Object existing, RecordedEvent recorded) {
    if (existing != null) {
      LOG.infof(
          "Event %s repeats sequence %d of %s; the fact stored first is kept",
          recorded.eventId(), recorded.sequence(), recorded.event().aggregateId());
    }
    return existing != null;
  }
}
