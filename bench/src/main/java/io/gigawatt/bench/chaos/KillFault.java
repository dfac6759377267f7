package io.gigawatt.bench.chaos;

import java.util.ArrayList;
import java.util.List;

/** Kills one process with SIGKILL under load and measures how the stack heals. */
final class KillFault {
  private final ChaosStack stack;
  private final CommandLoad load;
  private final LedgerReader ledger;
  private final Recovery recovery;
  private final Faults faults;

  KillFault(Faults faults) {
    this.faults = faults;
    this.stack = faults.stack();
    this.load = faults.load();
    this.ledger = faults.ledger();
    this.recovery = faults.recovery();
  }

  KillResult run(String process) throws InterruptedException {
    try (LagSampler lag = new LagSampler(ledger, faults.admin())) {
      long killedAt = System.nanoTime();
      long pid = stack.kill(process);
      double back =
          recovery.await(
              process + " running again",
              killedAt,
              () -> {
                var status = stack.status(process);
                return status.alive() && status.pid() != pid;
              });
      double healthy = recovery.awaitHealthy(killedAt);
      long healthyAt = killedAt + (long) (healthy * 1e9);
      double firstAccepted =
          recovery.await(
              "a command accepted after the kill",
              killedAt,
              () -> !load.answers(a -> a.accepted() && a.sent() >= killedAt).isEmpty());
      firstAccepted =
          load.answers(a -> a.accepted() && a.sent() >= killedAt).stream()
              .mapToDouble(a -> (a.answered() - killedAt) / 1e9)
              .min()
              .orElse(firstAccepted);
      List<Answer> failed =
          load.answers(a -> !a.accepted() && a.answered() >= killedAt && a.sent() <= healthyAt);
      Recovery.Settled settled = recovery.settle();
      List<String> violations = new ArrayList<>(settled.audit().violations());
      long newPid = stack.status(process).pid();
      load.start();
      return new KillResult(
          process,
          pid,
          newPid,
          back,
          healthy,
          firstAccepted,
          Audit.outcomes(failed),
          lag.peakBacklog(),
          lag.peakProjectionLag(),
          settled.drainSeconds(),
          settled.audit(),
          violations);
    }
  }
}
