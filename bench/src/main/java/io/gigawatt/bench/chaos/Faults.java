package io.gigawatt.bench.chaos;

import io.gigawatt.bench.CapacityAdmin;

/**
 * What every fault works with: the stack, the load, the ledger, the projection's admin, recovery.
 */
record Faults(
    ChaosStack stack,
    CommandLoad load,
    LedgerReader ledger,
    CapacityAdmin admin,
    Recovery recovery) {}
