package io.gigawatt.eventstore;

import java.time.Duration;

/** An Idempotency-Key and the answer it replays until {@code retention} has passed. */
public record IdempotencyRecord(
    String key, String fingerprint, StoredAnswer answer, Duration retention) {}
