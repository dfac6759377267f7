package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.RecordedEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.SiteAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Applies events to the read model, each exactly once. */
@ApplicationScoped
public class Projector {
  @Inject ProcessedEvents processed;
  @Inject FactWriter facts;

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
    var event = recorded.event();
    if (event instanceof SiteAnnounced e) {
      facts.siteAnnounced(e, recorded.sequence());
    } else if (event instanceof ContractSigned e) {
      facts.contractSigned(e, recorded.sequence());
    } else if (event instanceof GpusDelivered e) {
      facts.gpusDelivered(e);
    }
    return true;
  }
}
