package io.gigawatt.capacity;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it holds or a deadline passes; then fails with its last error. */
final class Eventually {
  private static final Duration POLL = Duration.ofMillis(200);

  private Eventually() {}

  interface Check {
    void run() throws Exception;
  }

  static void within(Duration timeout, Check check) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError | Exception e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
