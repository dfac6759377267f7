package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventType;
import io.gigawatt.support.messaging.RecordedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Given events (each with its aggregate sequence), then the view's figures. */
final class ViewFixture {
  private final InMemoryViewStore store = new InMemoryViewStore();

  static RecordedEvent recorded(DomainEvent event, long sequence) {
    return new RecordedEvent(
        UUID.randomUUID().toString(),
        EventType.of(event).ceType(),
        event.aggregateId(),
        sequence,
        null,
        event);
  }

  /** Applies one batch. */
  ViewFixture given(List<RecordedEvent> batch) {
    ProjectEvents.apply(batch, store);
    return this;
  }

  /** Applies each event as its own batch. */
  ViewFixture given(Object... eventsAndSequences) {
    for (int i = 0; i < eventsAndSequences.length; i += 2) {
      given(
          List.of(
              recorded(
                  (DomainEvent) eventsAndSequences[i],
                  ((Number) eventsAndSequences[i + 1]).longValue())));
    }
    return this;
  }

  RegionCapacity region(String code) {
    Level level = Level.ofCode(code).orElseThrow();
    return RegionView.region(level, totals(code), totals(Level.WORLD_CODE));
  }

  Figures world() {
    return RegionView.figures(totals(Level.WORLD_CODE));
  }

  /** The exact totals of every region. */
  Map<String, RegionTotals> totals() {
    return Map.copyOf(store.regions);
  }

  List<String> regionCodes() {
    return new ArrayList<>(store.regions.keySet());
  }

  private RegionTotals totals(String code) {
    return store.regions.getOrDefault(code, RegionTotals.empty(code));
  }
}
