package io.gigawatt.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls until a started process is ready; fails fast with its log tail when it exits or hangs. */
public final class Readiness {
  private Readiness() {}

  public static <T> T await(
      String name, long pid, Path log, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> ready = probe.get();
      if (ready.isPresent()) {
        return ready.get();
      }
      if (!Pids.isRunning(pid)) {
        throw new IllegalStateException(
            name + " (pid " + pid + ") exited before it was ready\n" + LogTail.of(log, 40));
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            name + " (pid " + pid + ") not ready after " + timeout + "\n" + LogTail.of(log, 40));
      }
      Pids.sleep(Duration.ofMillis(100));
    }
  }
}
