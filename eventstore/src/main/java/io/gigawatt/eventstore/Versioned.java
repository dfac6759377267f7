package io.gigawatt.eventstore;

/** An aggregate's state at a version: the ETag of its HTTP representation. */
public record Versioned<S>(S state, int version) {}
