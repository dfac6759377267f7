package io.gigawatt.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A started devstack process and the values of its ready line. */
public record ForkedProcess(
    String name, long pid, Path logFile, Map<String, String> ready, boolean reaped) {
  static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** SIGTERM, wait, then SIGKILL. Returns true when it had to be killed. */
  public boolean stop() {
    boolean killed = Pids.stop(pid, STOP_GRACE);
    if (reaped) {
      Reaper.get().unregister(pid);
    }
    return killed;
  }
}
