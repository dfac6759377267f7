package io.gigawatt.bench.chaos;

import io.gigawatt.bench.CapacityAdmin;
import java.util.List;

/**
 * The read model against a fresh rebuild from the topics: the active generation is snapshot, a
 * rebuild replays both topics into a new generation, and once that one is active the two must hold
 * the same regions, sites, contracts and facts.
 */
final class RebuildCheck {
  /** The generations compared, the rows compared, the rebuild's seconds, what differs. */
  record Result(int live, int rebuilt, int rows, double seconds, List<String> differences) {}

  private final LedgerReader ledger;
  private final CapacityAdmin admin;
  private final Recovery recovery;

  RebuildCheck(LedgerReader ledger, CapacityAdmin admin, Recovery recovery) {
    this.ledger = ledger;
    this.admin = admin;
    this.recovery = recovery;
  }

  Result run() throws Exception {
    ViewSnapshot live = ledger.snapshot();
    long started = System.nanoTime();
    admin.rebuild();
    double seconds =
        recovery.await(
            "the rebuilt generation active",
            started,
            () -> {
              try {
                return ledger.activeGeneration().orElse(live.generation()) != live.generation();
              } catch (Exception e) {
                return false;
              }
            });
    ViewSnapshot rebuilt = ledger.snapshot();
    return new Result(
        live.generation(), rebuilt.generation(), live.rows(), seconds, live.differences(rebuilt));
  }
}
