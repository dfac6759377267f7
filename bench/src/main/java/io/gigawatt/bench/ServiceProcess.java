package io.gigawatt.bench;

import io.gigawatt.devstack.HealthProbe;
import io.gigawatt.devstack.Pids;
import io.gigawatt.devstack.ProcessLauncher;
import io.gigawatt.devstack.Readiness;
import io.gigawatt.devstack.Reaper;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A packaged service as a process, with the environment the local stack gives it. */
record ServiceProcess(String name, long pid, String url, Path log) {
  static final List<String> JVM_OPTIONS = List.of("-Xmx256m");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /**
   * Starts {@code <app>/quarkus-run.jar} as {@code service} (e.g. {@link Services#SITE}) and waits
   * until {@code /q/health/ready} answers 200.
   */
  static ServiceProcess start(
      String service, Path app, StackPorts ports, Map<String, String> overrides, Path log) {
    Services.Spec spec = Services.spec(ports, service);
    Map<String, String> env = new LinkedHashMap<>(spec.environment());
    env.putAll(overrides);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(app.resolve("quarkus-run.jar").toString());
    Process process = ProcessLauncher.launch(command, env, log, false);
    String url = "http://127.0.0.1:" + spec.port();
    ServiceProcess started = new ServiceProcess(service, process.pid(), url, log);
    try {
      Readiness.await(
          service,
          process.pid(),
          log,
          READY_TIMEOUT,
          () -> HealthProbe.readiness(url) == 200 ? Optional.of(true) : Optional.empty());
    } catch (RuntimeException e) {
      started.stop();
      throw e;
    }
    return started;
  }

  /** Lines of its log that contain {@code text}, e.g. the relay's "will retry" warnings. */
  long logLines(String text) {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  /** Resident memory in MiB, from {@code /proc/<pid>/status}; -1 when unreadable. */
  long rssMib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  void stop() {
    Pids.stop(pid, STOP_GRACE);
    Reaper.forget(pid);
  }
}
