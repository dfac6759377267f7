package io.gigawatt.bench;

import java.util.Map;

/**
 * CPU use over an interval: the machine's busy and iowait percentages (of all cores) and the cores
 * each named process tree used (1.0 = one core fully).
 */
public record CpuUsage(double busyPercent, double iowaitPercent, Map<String, Double> cores) {
  public static final CpuUsage NONE = new CpuUsage(0, 0, Map.of());

  public CpuUsage {
    cores = Map.copyOf(cores);
  }

  public double cores(String name) {
    return cores.getOrDefault(name, 0.0);
  }
}
