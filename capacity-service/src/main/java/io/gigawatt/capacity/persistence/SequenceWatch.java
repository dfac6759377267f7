package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.SequenceCheck;
import io.gigawatt.support.messaging.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Reports where an event stands in its aggregate's sequence: missing sequences (a gap) and events
 * older than one already applied (stale). Neither blocks: the calculator folds facts by sequence.
 */
@ApplicationScoped
class SequenceWatch {
  private static final Logger LOG = Logger.getLogger(SequenceWatch.class);

  @Inject ProcessedEvents processed;

  void check(RecordedEvent recorded) {
    var check = SequenceCheck.of(recorded.sequence(), processed.otherSequences(recorded));
    String aggregate = recorded.event().aggregateId();
    if (!check.gaps().isEmpty()) {
      LOG.warnf(
          "Gap in %s: %s has sequence %d, sequences %s not seen yet",
          aggregate, recorded.type(), recorded.sequence(), check.gaps());
    }
    if (check.stale()) {
      LOG.infof(
          "Stale event in %s: %s has sequence %d, below %d applied before; folded in sequence"
              + " order, it overrides no later value",
          aggregate, recorded.type(), recorded.sequence(), check.latestSeen());
    }
  }
}
