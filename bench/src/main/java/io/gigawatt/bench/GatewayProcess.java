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

/** The packaged gateway as a process, with the environment and JVM the local stack gives it. */
record GatewayProcess(long pid, String url) {
  static final List<String> JVM_OPTIONS = List.of("-Xmx256m");
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** Starts {@code <app>/quarkus-run.jar} and waits until {@code /q/health/ready} answers 200. */
  static GatewayProcess start(
      Path app, StackPorts ports, String adminKey, Map<String, String> overrides, Path log) {
    Services.Spec spec =
        Services.specs(ports, adminKey).stream()
            .filter(s -> s.name().equals(Services.GATEWAY))
            .findFirst()
            .orElseThrow();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(app.resolve("quarkus-run.jar").toString());
    Map<String, String> env = new LinkedHashMap<>(spec.environment());
    env.putAll(overrides);
    Process process = ProcessLauncher.launch(command, env, log, false);
    GatewayProcess gateway = new GatewayProcess(process.pid(), "http://127.0.0.1:" + spec.port());
    try {
      Readiness.await(
          Services.GATEWAY,
          process.pid(),
          log,
          READY_TIMEOUT,
          () -> HealthProbe.readiness(gateway.url()) == 200 ? Optional.of(true) : Optional.empty());
    } catch (RuntimeException e) {
      gateway.stop();
      throw e;
    }
    return gateway;
  }

  void stop() {
    Pids.stop(pid, STOP_GRACE);
    Reaper.forget(pid);
  }
}
