package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
        ProcessLauncher.launch(command, spec.environment(), home.logFile(spec.name()), !attached);
    writePid(spec.name(), process.pid());
    return process.pid();
  }

  /** Waits until the service answers {@code /q/health/ready} with 200; fails with its log tail. */
  boolean awaitReady(Services.Spec spec, long pid) {
    String url = Services.url(spec.port());
    return Readiness.await(
        spec.name(),
        pid,
        home.logFile(spec.name()),
        READY_TIMEOUT,
        () -> HealthProbe.readiness(url) == 200 ? Optional.of(true) : Optional.empty());
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
    StackProcess process = StackProcess.service(name);
    OptionalLong pid = Pids.read(home.pidFile(name));
    return pid.isPresent() && process.isRunningAs(pid.getAsLong()) ? pid : OptionalLong.empty();
  }

  private void writePid(String name, long pid) {
    try {
      Files.createDirectories(home.run());
      Files.writeString(home.pidFile(name), pid + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
