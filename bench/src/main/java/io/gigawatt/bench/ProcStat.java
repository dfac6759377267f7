package io.gigawatt.bench;

/** Parses Linux {@code /proc/stat} and {@code /proc/<pid>/stat} lines (times in clock ticks). */
final class ProcStat {
  /** USER_HZ: the unit of /proc times, 100 on every Linux architecture the JDK runs on. */
  static final double TICKS_PER_SECOND = 100.0;

  private ProcStat() {}

  /** The whole machine, from the first line of /proc/stat ({@code cpu user nice system ...}). */
  record SystemTicks(long total, long idle, long iowait) {}

  static SystemTicks system(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
    }
    long total = 0;
    // user nice system idle iowait irq softirq steal (guest time is already in user)
    for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
      total += Long.parseLong(f[i]);
    }
    return new SystemTicks(total, Long.parseLong(f[4]), Long.parseLong(f[5]));
  }

  /**
   * utime + stime of the process and cutime + cstime of its children that exited, from a {@code
   * /proc/<pid>/stat} line (the command name in parentheses may contain spaces).
   */
  static long processTicks(String pidStatLine) {
    String afterName = pidStatLine.substring(pidStatLine.lastIndexOf(')') + 2);
    String[] f = afterName.trim().split("\\s+");
    // fields after the name start at field 3 (state): utime is field 14, so index 11
    return Long.parseLong(f[11])
        + Long.parseLong(f[12])
        + Long.parseLong(f[13])
        + Long.parseLong(f[14]);
  }
}
