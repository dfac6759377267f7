package io.gigawatt.bench.chaos;

/** An event of the chaos load in an event store, with the correlation id of its command. */
public record StoredEvent(String database, String correlationId, String eventId, String type) {}
