package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.LifecycleFacts;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.messaging.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Applies events to the read model, each exactly once. */
@ApplicationScoped
public class Projector {
  @Inject ProcessedEvents processed;
  @Inject SequenceWatch sequences;
  @Inject FactWriter facts;
  @Inject LifecycleWriter lifecycle;

  /**
   * Records the event id and stores its facts in one transaction.
   *
   * @return false when the event had been applied before (nothing changed)
   */
  @Transactional
  public boolean apply(RecordedEvent recorded) {
    if (!processed.firstTime(recorded)) {
      return false;
    }
    sequences.check(recorded);
    var event = recorded.event();
    long sequence = recorded.sequence();
    if (event instanceof SiteAnnounced e) {
      facts.siteAnnounced(e, sequence);
    } else if (event instanceof ContractSigned e) {
      facts.contractSigned(e, sequence);
    } else if (event instanceof GpusDelivered e) {
      facts.gpusDelivered(e);
    } else if (event instanceof SiteEvent e) {
      lifecycle.site(LifecycleFacts.of(e, sequence), recorded);
    } else if (event instanceof ContractEvent e) {
      lifecycle.contract(LifecycleFacts.of(e, sequence), recorded);
    }
    return true;
  }
}
