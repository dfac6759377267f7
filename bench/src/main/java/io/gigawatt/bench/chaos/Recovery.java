package io.gigawatt.bench.chaos;

import io.gigawatt.bench.CapacityAdmin;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The steps after a fault: wait (bounded) until something holds, keep the load up a while, then
 * pause it, wait until the outbox and the projection have drained, and audit the ledger.
 */
final class Recovery {
  private static final int AUDIT_ATTEMPTS = 5;

  /** The audit once the lag drained, and how long draining took after the load paused. */
  record Settled(Audit audit, double drainSeconds) {}

  private final ChaosStack stack;
  private final CommandLoad load;
  private final LedgerReader ledger;
  private final CapacityAdmin admin;
  private final ChaosOptions options;

  Recovery(
      ChaosStack stack,
      CommandLoad load,
      LedgerReader ledger,
      CapacityAdmin admin,
      ChaosOptions options) {
    this.stack = stack;
    this.load = load;
    this.ledger = ledger;
    this.admin = admin;
    this.options = options;
  }

  /** Seconds from {@code since} (nanoTime) until {@code done}; throws past the timeout. */
  double await(String what, long since, BooleanSupplier done) throws InterruptedException {
    long deadline = since + options.timeout().toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not happen within " + options.timeout());
      }
      Thread.sleep(100);
    }
    return seconds(since);
  }

  double awaitHealthy(long since) throws InterruptedException {
    return await("the stack healthy again", since, stack::healthy);
  }

  /** Keeps the load up for the configured time, pauses it, drains, audits. */
  Settled settle() throws InterruptedException {
    Thread.sleep(options.afterRecovery().toMillis());
    load.pause();
    long paused = System.nanoTime();
    await("the outbox and the projection drained", paused, this::drained);
    double drain = seconds(paused);
    Audit audit = audit();
    for (int attempt = 1; attempt < AUDIT_ATTEMPTS && !audit.violations().isEmpty(); attempt++) {
      Thread.sleep(1000);
      audit = audit();
    }
    return new Settled(audit, drain);
  }

  Audit audit() {
    try {
      List<Answer> answers = load.answers();
      return Audit.of(
          answers,
          ledger.storedEvents(),
          TopicReader.recordsPerEventId(stack.kafkaBootstrapServers(), Duration.ofSeconds(30)),
          ledger.factsPerEventId());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the ledger for the audit", e);
    }
  }

  private boolean drained() {
    try {
      return ledger.outboxBacklog() == 0 && admin.status().lag() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
