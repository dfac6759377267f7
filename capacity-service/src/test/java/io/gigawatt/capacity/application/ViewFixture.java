package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.BlocTotals;
import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.ProgramFigures;
import io.gigawatt.capacity.domain.Programs;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventType;
import io.gigawatt.support.messaging.RecordedEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Given events (each with its aggregate sequence), then the view's figures. */
final class ViewFixture {
  private final InMemoryViewStore store = new InMemoryViewStore();

  static RecordedEvent recorded(DomainEvent event, long sequence) {
    return recorded(event, sequence, null);
  }

  static RecordedEvent recorded(DomainEvent event, long sequence, OffsetDateTime recordedAt) {
    return new RecordedEvent(
        UUID.randomUUID().toString(),
        EventType.of(event).ceType(),
        event.aggregateId(),
        sequence,
        recordedAt,
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
    if (level == Level.BLOC) {
      return at(code, null, null);
    }
    return RegionView.region(level, totals(code), totals(Level.WORLD_CODE));
  }

  /** A region (also a bloc) as of a business date, as known at a record time; null: any. */
  RegionCapacity at(String code, LocalDate asOf, OffsetDateTime knownAt) {
    Level level = Level.ofCode(code).orElseThrow();
    LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
    Set<String> domestic = RegionView.domestic(level, code, day);
    RegionTotals totals =
        level == Level.BLOC
            ? BlocTotals.of(
                code,
                domestic,
                domestic.stream()
                    .collect(Collectors.toMap(c -> c, c -> store.dated(c, asOf, knownAt))))
            : store.dated(code, asOf, knownAt);
    return RegionView.region(
        level, totals, store.dated(Level.WORLD_CODE, asOf, knownAt), domestic, null);
  }

  /** A program's figures now. */
  ProgramFigures program(String name) {
    String code = Programs.code(name).orElseThrow();
    return ProgramFigures.of(store.programNames.get(code), totals(code));
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
