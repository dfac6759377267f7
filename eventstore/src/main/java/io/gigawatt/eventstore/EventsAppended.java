package io.gigawatt.eventstore;

import java.util.List;

/** Fired by an append; observed after commit to count appended events by CloudEvents type. */
public record EventsAppended(String streamId, int version, List<String> types) {

  static EventsAppended of(List<RecordedEvent> recorded) {
    var last = recorded.get(recorded.size() - 1);
    return new EventsAppended(
        last.streamId(), last.version(), recorded.stream().map(RecordedEvent::type).toList());
  }
}
