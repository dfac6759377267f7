package io.gigawatt.eventstore;

import java.util.List;

/** The stream a command changed, its new version and the events it recorded. */
public record CommandOutcome(String streamId, int version, List<RecordedEvent> events) {}
