package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToIntFunction;

/**
 * The four services of a local stack as processes: each runs its packaged jar with the environment
 * of its {@link Services.Spec}, appends to {@code logs/<name>.log} and has its pid in {@code
 * run/<name>.pid}. Attached processes are registered with the {@link Reaper}.
 */
final class ServiceProcesses {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
  private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);

  private final Path repoRoot;
  private final StackHome home;
  private final boolean attached;

  ServiceProcesses(LocalStackConfig config) {
    this.repoRoot = config.repoRoot();
    this.home = new StackHome(config.home());
    this.attached = config.attached();
  }

  Path jar(String module) {
    return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** Starts the service and writes its pid file; returns its pid. */
  long launch(Services.Spec spec) {
    List<String> command =
        List.of(ProcessLauncher.javaExecutable(), "-Xmx256m", "-jar", jar(spec.name()).toString());
    Process process =
        ProcessLauncher.launch(
            command,
            spec.environment(),
            home.logFile(spec.name()),
            !attached,
            pid -> Pids.write(home.pidFile(spec.name()), pid));
    return process.pid();
  }

  /** Waits until the service answers {@code /q/health/ready} with 200; fails with its log tail. */
  boolean awaitReady(Services.Spec spec, long pid) {
    return await(spec, pid, HealthProbe::readiness);
  }

  /**
   * Waits until the service answers {@code /q/health/live} with 200: it started, whether or not
   * what it needs (PostgreSQL, Kafka) is reachable yet.
   */
  boolean awaitLive(Services.Spec spec, long pid) {
    return await(spec, pid, HealthProbe::liveness);
  }

  private boolean await(Services.Spec spec, long pid, ToIntFunction<String> probe) {
    String url = Services.url(spec.port());
    return Readiness.await(
        spec.name(),
        pid,
        home.logFile(spec.name()),
        READY_TIMEOUT,
        () -> probe.applyAsInt(url) == 200 ? Optional.of(true) : Optional.empty());
  }

  /** Starts a service that is not running, as the stack start did, and waits until it is ready. */
  long restart(Services.Spec spec) {
    OptionalLong running = runningPid(spec.name());
    if (running.isPresent()) {
      throw new IllegalStateException(
          spec.name() + " is already running (pid " + running.getAsLong() + ")");
    }
    long pid = launch(spec);
    awaitReady(spec, pid);
    return pid;
  }

  /** SIGKILL, like a crash: no shutdown hooks run. Returns the pid once the process is gone. */
  long kill(String name) {
    long pid =
        runningPid(name).orElseThrow(() -> new IllegalStateException(name + " is not running"));
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    if (!Pids.awaitExit(pid, KILL_TIMEOUT)) {
      throw new IllegalStateException(name + " (pid " + pid + ") survived SIGKILL");
    }
    Reaper.forget(pid);
    try {
      Files.deleteIfExists(home.pidFile(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pid;
  }

  private OptionalLong runningPid(String name) {
    return StackProcess.service(name).runningPid(home);
  }
}
