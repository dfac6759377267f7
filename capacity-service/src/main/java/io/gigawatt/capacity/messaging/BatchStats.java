package io.gigawatt.capacity.messaging;

import org.jboss.logging.Logger;

/** Logs what the batches of a generation cost, every ten seconds in which any ran. */
final class BatchStats {
  private static final Logger LOG = Logger.getLogger(BatchStats.class);
  private static final long PERIOD_NANOS = 10_000_000_000L;

  private final String generation;
  private long periodStart = System.nanoTime();
  private long records;
  private long batches;
  private long decodeNanos;
  private long writeNanos;

  BatchStats(String generation) {
    this.generation = generation;
  }

  void add(int batchRecords, long decode, long write) {
    records += batchRecords;
    batches++;
    decodeNanos += decode;
    writeNanos += write;
    long now = System.nanoTime();
    if (now - periodStart >= PERIOD_NANOS) {
      double seconds = (now - periodStart) / 1e9;
      LOG.infof(
          "%s: %,d records in %d batches in %.0f s (%,.0f/s); per batch %.0f records, read %.1f ms,"
              + " applied %.1f ms",
          generation,
          records,
          batches,
          seconds,
          records / seconds,
          records / (double) batches,
          decodeNanos / 1e6 / batches,
          writeNanos / 1e6 / batches);
      periodStart = now;
      records = 0;
      batches = 0;
      decodeNanos = 0;
      writeNanos = 0;
    }
  }
}
