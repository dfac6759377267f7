package io.gigawatt.bench.chaos;

import io.gigawatt.bench.CapacityAdmin;

/**
 * Samples, twice a second while a fault lasts, the outbox backlog of both event stores and the
 * projection's lag, and keeps the peaks. A sample that cannot be taken (PostgreSQL or
 * capacity-service down) is skipped.
 */
final class LagSampler implements AutoCloseable {
  private final LedgerReader ledger;
  private final CapacityAdmin admin;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakBacklog;
  private volatile long peakProjectionLag;

  LagSampler(LedgerReader ledger, CapacityAdmin admin) {
    this.ledger = ledger;
    this.admin = admin;
    this.thread = new Thread(this::run, "chaos-lag-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakBacklog() {
    return peakBacklog;
  }

  long peakProjectionLag() {
    return peakProjectionLag;
  }

  private void run() {
    while (running) {
      try {
        peakBacklog = Math.max(peakBacklog, ledger.outboxBacklog());
      } catch (Exception e) {
        // PostgreSQL not answering: no sample
      }
      try {
        peakProjectionLag = Math.max(peakProjectionLag, admin.status().lag());
      } catch (RuntimeException e) {
        // capacity-service not answering: no sample
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join();
  }
}
