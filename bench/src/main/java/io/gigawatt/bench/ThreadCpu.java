package io.gigawatt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU ticks of one process's threads, grouped by thread name with a trailing number replaced by
 * {@code #} (e.g. {@code executor-thread-#}, {@code C2 CompilerThre#}): where a JVM spends its CPU.
 */
record ThreadCpu(Map<String, Long> ticksByGroup) {
  static final ThreadCpu NONE = new ThreadCpu(Map.of());

  static ThreadCpu of(long pid) {
    Path tasks = Path.of("/proc/" + pid + "/task");
    Map<String, Long> groups = new LinkedHashMap<>();
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : threads.toList()) {
        try {
          String stat = Files.readString(thread.resolve("stat"));
          groups.merge(group(name(stat)), threadTicks(stat), Long::sum);
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return NONE;
    }
    return new ThreadCpu(groups);
  }

  /** The thread name, between the first '(' and the last ')'. */
  static String name(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }

  static String group(String name) {
    return name.replaceAll("[0-9]+$", "#");
  }

  /** utime + stime of one thread (its children's times are the process's, not the thread's). */
  static long threadTicks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /**
   * The groups that used the most CPU since {@code earlier}, as cores over {@code seconds}, e.g.
   * {@code executor-thread-# 0.52, C2 CompilerThre# 0.11}.
   */
  String topSince(ThreadCpu earlier, double seconds, int limit) {
    List<Map.Entry<String, Long>> deltas =
        ticksByGroup.entrySet().stream()
            .map(
                e ->
                    Map.entry(
                        e.getKey(),
                        e.getValue() - earlier.ticksByGroup.getOrDefault(e.getKey(), 0L)))
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
            .limit(limit)
            .toList();
    return deltas.stream()
        .map(
            e ->
                String.format(
                    java.util.Locale.ROOT,
                    "%s %.2f",
                    e.getKey(),
                    e.getValue() / ProcStat.TICKS_PER_SECOND / seconds))
        .collect(Collectors.joining(", "));
  }
}
