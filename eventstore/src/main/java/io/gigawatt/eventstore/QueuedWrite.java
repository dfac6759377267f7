package io.gigawatt.eventstore;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/** A command's write waiting for its group commit; {@code idempotency} is null without a key. */
record QueuedWrite(
    PendingAppend append,
    IdempotencyRecord idempotency,
    CompletableFuture<List<RecordedEvent>> done) {

  QueuedWrite(PendingAppend append, IdempotencyRecord idempotency) {
    this(append, idempotency, new CompletableFuture<>());
  }

  String streamId() {
    return append.streamId();
  }

  String key() {
    return idempotency == null ? null : idempotency.key();
  }

  void fail(RuntimeException failure) {
    done.completeExceptionally(failure);
  }

  void conflict(int currentVersion) {
    fail(
        new ConcurrencyConflictException(
            append.streamId(), append.expectedVersion(), OptionalInt.of(currentVersion)));
  }
}
