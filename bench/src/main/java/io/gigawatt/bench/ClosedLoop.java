package io.gigawatt.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code clients} threads, each calling its own {@link Client} back to back (a closed loop): a
 * warm-up, then a timed window. Calls that end inside the window count; their latencies are kept.
 */
final class ClosedLoop {
  private ClosedLoop() {}

  /** Told when the timed window starts and ends, e.g. to sample CPU over exactly the window. */
  interface WindowListener {
    WindowListener NONE = new WindowListener() {};

    default void windowStarted() {}

    default void windowEnded() {}
  }

  /** One client's connection or session; {@link #call} throws when the operation failed. */
  interface Client extends AutoCloseable {
    void call() throws Exception;

    @Override
    default void close() throws Exception {}
  }

  static LoadResult run(
      String label,
      int clients,
      int rowsPerOperation,
      Duration warmup,
      Duration window,
      Callable<Client> factory,
      WindowListener listener)
      throws Exception {
    List<Client> opened = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        opened.add(factory.call());
      }
      return measure(label, rowsPerOperation, warmup, window, opened, listener);
    } finally {
      for (Client client : opened) {
        client.close();
      }
    }
  }

  private static LoadResult measure(
      String label,
      int rowsPerOperation,
      Duration warmup,
      Duration window,
      List<Client> clients,
      WindowListener listener)
      throws InterruptedException {
    long windowStart = System.nanoTime() + warmup.toNanos();
    long windowEnd = windowStart + window.toNanos();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      Worker worker = new Worker(clients.get(i), windowStart, windowEnd, firstError);
      Thread thread = new Thread(worker, label + "-" + i);
      thread.setDaemon(true);
      worker.thread = thread;
      workers.add(worker);
    }
    Instant wallStart = Instant.now().plusNanos(windowStart - System.nanoTime());
    workers.forEach(worker -> worker.thread.start());
    sleepUntil(windowStart);
    listener.windowStarted();
    sleepUntil(windowEnd);
    listener.windowEnded();
    for (Worker worker : workers) {
      worker.thread.join();
    }
    Instant stopped = Instant.now();
    List<LongBuffer> latencies = workers.stream().map(w -> w.latencies).toList();
    long completed = workers.stream().mapToLong(w -> w.latencies.size()).sum();
    long errors = workers.stream().mapToLong(w -> w.errors).sum();
    return new LoadResult(
        label,
        clients.size(),
        rowsPerOperation,
        window,
        completed,
        errors,
        firstError.get(),
        Latencies.of(LongBuffer.concat(latencies)),
        wallStart,
        wallStart.plus(window),
        stopped);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  private static final class Worker implements Runnable {
    private final Client client;
    private final long windowStart;
    private final long windowEnd;
    private final AtomicReference<String> firstError;
    private final LongBuffer latencies = new LongBuffer();
    private long errors;
    private Thread thread;

    Worker(Client client, long windowStart, long windowEnd, AtomicReference<String> firstError) {
      this.client = client;
      this.windowStart = windowStart;
      this.windowEnd = windowEnd;
      this.firstError = firstError;
    }

    @Override
    public void run() {
      long now = System.nanoTime();
      while (now < windowEnd) {
        long began = now;
        boolean ok = call();
        now = System.nanoTime();
        if (now >= windowStart && now <= windowEnd) {
          if (ok) {
            latencies.add(now - began);
          } else {
            errors++;
          }
        }
      }
    }

    private boolean call() {
      try {
        client.call();
        return true;
      } catch (Exception e) {
        firstError.compareAndSet(null, String.valueOf(e));
        return false;
      }
    }
  }
}
