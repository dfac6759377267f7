package io.gigawatt.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the benchmark ran on. */
public record MachineFacts(
    int cores, String cpuModel, long memoryMib, String os, String jdk, String loadAverage) {

  static MachineFacts read() {
    return new MachineFacts(
        Runtime.getRuntime().availableProcessors(),
        readCpuModel(),
        readMemoryMib(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        currentLoadAverage());
  }

  /** The 1, 5 and 15 minute load averages, e.g. {@code 3.12 2.80 2.41}. */
  static String currentLoadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  private static String readCpuModel() {
    return lines("/proc/cpuinfo").stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("n/a");
  }

  private static long readMemoryMib() {
    return lines("/proc/meminfo").stream()
        .filter(line -> line.startsWith("MemTotal:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(0L);
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
