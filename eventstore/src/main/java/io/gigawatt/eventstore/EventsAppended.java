package io.gigawatt.eventstore;

import java.util.List;

/** Fired by an append; observed after commit to count appended events by CloudEvents type. */
public record EventsAppended(String streamId, int version, List<String> types) {}
