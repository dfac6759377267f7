package io.gigawatt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CPU time of the machine and of named process trees at one moment. */
record CpuSample(long nanos, ProcStat.SystemTicks system, Map<String, Long> processTicks) {

  /** A process to watch, with or without its descendants. */
  record Watched(String name, long pid, boolean withDescendants) {}

  static CpuSample take(List<Watched> watched) {
    Map<String, Long> ticks = new LinkedHashMap<>();
    for (Watched w : watched) {
      ticks.put(w.name(), w.withDescendants() ? treeTicks(w.pid()) : ticks(w.pid()));
    }
    return new CpuSample(System.nanoTime(), readSystem(), ticks);
  }

  /** From {@code earlier} to this sample. */
  CpuUsage since(CpuSample earlier) {
    double seconds = (nanos - earlier.nanos) / 1e9;
    long total = system.total() - earlier.system.total();
    long idle = system.idle() - earlier.system.idle();
    long iowait = system.iowait() - earlier.system.iowait();
    Map<String, Double> cores = new LinkedHashMap<>();
    processTicks.forEach(
        (name, ticks) ->
            cores.put(
                name,
                (ticks - earlier.processTicks.getOrDefault(name, 0L))
                    / ProcStat.TICKS_PER_SECOND
                    / seconds));
    return new CpuUsage(
        total == 0 ? 0 : 100.0 * (total - idle - iowait) / total,
        total == 0 ? 0 : 100.0 * iowait / total,
        cores);
  }

  private static ProcStat.SystemTicks readSystem() {
    try {
      return ProcStat.system(Files.readAllLines(Path.of("/proc/stat")).get(0));
    } catch (IOException | RuntimeException e) {
      return new ProcStat.SystemTicks(0, 0, 0);
    }
  }

  private static long treeTicks(long root) {
    return ticks(root)
        + ProcessHandle.of(root)
            .map(p -> p.descendants().mapToLong(d -> ticks(d.pid())).sum())
            .orElse(0L);
  }

  private static long ticks(long pid) {
    try {
      return ProcStat.processTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
