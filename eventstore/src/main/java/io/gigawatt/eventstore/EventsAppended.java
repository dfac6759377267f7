package io.gigawatt.eventstore;

/** Fired after an append; observed after commit to wake the outbox relay. */
public record EventsAppended(String streamId, int version) {}
