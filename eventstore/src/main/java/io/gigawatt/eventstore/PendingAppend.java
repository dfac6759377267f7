package io.gigawatt.eventstore;

import io.gigawatt.events.DomainEvent;
import java.util.List;

/** Events a command decided to append after {@code expectedVersion} (0 for a new stream). */
public record PendingAppend(
    String streamId, int expectedVersion, List<? extends DomainEvent> events, EventMetadata meta) {

  public PendingAppend {
    events = List.copyOf(events);
  }

  /** The stream's version once these events are stored. */
  public int version() {
    return expectedVersion + events.size();
  }
}
