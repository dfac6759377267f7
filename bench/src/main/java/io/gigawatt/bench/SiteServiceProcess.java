package io.gigawatt.bench;

import io.gigawatt.devstack.HealthProbe;
import io.gigawatt.devstack.Pids;
import io.gigawatt.devstack.ProcessLauncher;
import io.gigawatt.devstack.Readiness;
import io.gigawatt.devstack.Reaper;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The packaged site-service as a process, with the environment the local stack gives it. */
record SiteServiceProcess(long pid, String url, Path log) {
  static final List<String> JVM_OPTIONS = List.of("-Xmx256m");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** Starts {@code <app>/quarkus-run.jar} and waits until {@code /q/health/ready} answers 200. */
  static SiteServiceProcess start(
      Path app, StackPorts ports, Map<String, String> overrides, Path log) {
    Services.Spec spec =
        Services.specs(ports).stream()
            .filter(s -> s.name().equals(Services.SITE))
            .findFirst()
            .orElseThrow();
    Map<String, String> env = new LinkedHashMap<>(spec.environment());
    env.putAll(overrides);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(app.resolve("quarkus-run.jar").toString());
    Process process = ProcessLauncher.launch(command, env, log, false);
    String url = "http://127.0.0.1:" + spec.port();
    SiteServiceProcess site = new SiteServiceProcess(process.pid(), url, log);
    try {
      Readiness.await(
          Services.SITE,
          process.pid(),
          log,
          READY_TIMEOUT,
          () -> HealthProbe.readiness(url) == 200 ? Optional.of(true) : Optional.empty());
    } catch (RuntimeException e) {
      site.stop();
      throw e;
    }
    return site;
  }

  /** Lines of its log that contain {@code text}, e.g. the relay's "will retry" warnings. */
  long logLines(String text) {
    try (var lines = java.nio.file.Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }

  void stop() {
    Pids.stop(pid, STOP_GRACE);
    Reaper.forget(pid);
  }
}
