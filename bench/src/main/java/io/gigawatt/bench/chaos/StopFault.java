package io.gigawatt.bench.chaos;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stops a process (and what it started) with SIGSTOP under load, continues it after a while, and
 * checks that the stack heals without a restart and without dead-lettering good events. With Kafka
 * stopped, commands must still be accepted (the outbox keeps them) and reads still answered.
 */
final class StopFault {
  /**
   * The write services' readiness says "degraded" once an event waited 10 s, as the relay sees it
   * when a publish attempt gives up (≈ 30 s after Kafka stopped); a margin on top. Shorter stops
   * (CI) do not check it.
   */
  private static final long DEGRADED_AFTER_SECONDS = 45;

  private final ChaosStack stack;
  private final CommandLoad load;
  private final LedgerReader ledger;
  private final Recovery recovery;
  private final Faults faults;

  StopFault(Faults faults) {
    this.faults = faults;
    this.stack = faults.stack();
    this.load = faults.load();
    this.ledger = faults.ledger();
    this.recovery = faults.recovery();
  }

  StopResult run(String process, Duration stop) throws InterruptedException, SQLException {
    long deadLetters = ledger.deadLetters();
    int restarts = stack.restarts();
    Map<String, Long> reads;
    Map<String, Long> health;
    try (LagSampler lag = new LagSampler(ledger, faults.admin())) {
      long stoppedAt;
      long continuedAt;
      StopProbe probe = new StopProbe(stack);
      try (probe) {
        List<Long> stopped = stack.stop(process);
        stoppedAt = System.nanoTime();
        Thread.sleep(stop.toMillis());
        stack.resume(stopped);
        continuedAt = System.nanoTime();
      }
      reads = probe.reads();
      health = probe.health();
      double healthy = recovery.awaitHealthy(continuedAt);
      List<Answer> during = load.answers(a -> a.sent() >= stoppedAt && a.answered() <= continuedAt);
      Recovery.Settled settled = recovery.settle();
      List<String> violations = new ArrayList<>(settled.audit().violations());
      int restarted = stack.restarts() - restarts;
      long deadLettered = ledger.deadLetters() - deadLetters;
      if (restarted != 0) {
        violations.add(restarted + " restarts by the supervisor while " + process + " was stopped");
      }
      if (deadLettered != 0) {
        violations.add(deadLettered + " records dead-lettered while " + process + " was stopped");
      }
      if (process.equals("kafka")) {
        violations.addAll(kafkaStopViolations(during, reads, health, stop));
      }
      load.start();
      return new StopResult(
          process,
          (continuedAt - stoppedAt) / 1e9,
          Audit.outcomes(during),
          reads,
          health,
          healthy,
          restarted,
          deadLettered,
          lag.peakBacklog(),
          lag.peakProjectionLag(),
          settled.drainSeconds(),
          settled.audit(),
          violations);
    }
  }

  /**
   * Commands still accepted (sites never cut off), reads still answered, every service still ready
   * (200), and, once events waited long enough, the write services saying "degraded".
   */
  private static List<String> kafkaStopViolations(
      List<Answer> during, Map<String, Long> reads, Map<String, Long> health, Duration stop) {
    List<String> violations = new ArrayList<>();
    List<Answer> sites =
        during.stream().filter(a -> a.kind() == CommandKind.ANNOUNCE_SITE).toList();
    if (sites.stream().noneMatch(Answer::accepted)) {
      violations.add("no site announcement accepted while Kafka was stopped");
    }
    sites.stream()
        .filter(a -> !a.accepted())
        .forEach(a -> violations.add("site announcement refused with Kafka stopped: " + a));
    reads.forEach(
        (status, times) -> {
          if (!status.equals("200")) {
            violations.add(times + " capacity reads answered " + status + " with Kafka stopped");
          }
        });
    health.keySet().stream()
        .filter(h -> h.contains(" ready ") && !h.contains(" ready 200"))
        .forEach(h -> violations.add("readiness not 200 with Kafka stopped: " + h));
    if (stop.toSeconds() >= DEGRADED_AFTER_SECONDS
        && health.keySet().stream()
            .noneMatch(h -> h.startsWith("site-service ready 200 UP degraded"))) {
      violations.add("site-service's readiness never said degraded with Kafka stopped: " + health);
    }
    return violations;
  }
}
