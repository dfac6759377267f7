package io.gigawatt.system;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Polls until a value is as wanted; past the deadline fails with the last value or error seen. */
final class Await {
  private static final Duration POLL = Duration.ofMillis(200);

  private Await() {}

  static <T> T until(String what, Duration timeout, Callable<T> probe, Predicate<T> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T last = null;
      Throwable error = null;
      try {
        last = probe.call();
        if (done.test(last)) {
          return last;
        }
      } catch (Exception | AssertionError e) {
        error = e;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            what + " not reached within " + timeout + "; last seen: " + last, error);
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
