package io.gigawatt.eventstore;

/** What an Idempotency-Key holds: the fingerprint of its request and the answer to replay. */
public record StoredKey(String fingerprint, StoredAnswer answer) {}
