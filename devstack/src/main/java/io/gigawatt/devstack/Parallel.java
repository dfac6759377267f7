package io.gigawatt.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs blocking tasks on their own daemon threads (never the common pool, which is one thread on a
 * two-core machine) and waits for all of them, even when one fails; then rethrows the first
 * failure.
 */
final class Parallel {
  private Parallel() {}

  static <T> List<T> all(List<Callable<T>> tasks) {
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.max(1, tasks.size()),
            task -> {
              Thread thread = new Thread(task, "devstack-parallel");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<T>> futures = tasks.stream().map(executor::submit).toList();
      List<T> results = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          failure = failure != null ? failure : asRuntime(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure = failure != null ? failure : new IllegalStateException("Interrupted", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return results;
    } finally {
      executor.shutdown();
    }
  }

  static <T> void forEach(List<T> items, Consumer<T> action) {
    all(
        items.stream()
            .<Callable<Object>>map(
                item ->
                    () -> {
                      action.accept(item);
                      return item;
                    })
            .toList());
  }

  private static RuntimeException asRuntime(Throwable cause) {
    return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
  }
}
