package io.gigawatt.bench;

import java.util.List;

/**
 * Samples CPU when a timed window starts and ends: the machine, the watched process trees, and the
 * threads of site-service (when it runs).
 */
final class CpuWindow implements ClosedLoop.WindowListener {
  private final List<CpuSample.Watched> watched;
  private final long threadsOf;
  private CpuSample start;
  private CpuSample end;
  private ThreadCpu threadsAtStart = ThreadCpu.NONE;
  private ThreadCpu threadsAtEnd = ThreadCpu.NONE;

  /** {@code threadsOf}: the pid whose threads to break down, or -1. */
  CpuWindow(List<CpuSample.Watched> watched, long threadsOf) {
    this.watched = watched;
    this.threadsOf = threadsOf;
  }

  @Override
  public void windowStarted() {
    start = CpuSample.take(watched);
    threadsAtStart = threadsOf > 0 ? ThreadCpu.of(threadsOf) : ThreadCpu.NONE;
  }

  @Override
  public void windowEnded() {
    end = CpuSample.take(watched);
    threadsAtEnd = threadsOf > 0 ? ThreadCpu.of(threadsOf) : ThreadCpu.NONE;
  }

  CpuUsage usage() {
    return start == null || end == null ? CpuUsage.NONE : end.since(start);
  }

  /** The busiest thread groups of the process, as cores. */
  String topThreads(int limit) {
    if (start == null || end == null) {
      return "";
    }
    return threadsAtEnd.topSince(threadsAtStart, (end.nanos() - start.nanos()) / 1e9, limit);
  }
}
