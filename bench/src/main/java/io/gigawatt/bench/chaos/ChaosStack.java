package io.gigawatt.bench.chaos;

import io.gigawatt.devstack.HealthProbe;
import io.gigawatt.devstack.LocalStack;
import io.gigawatt.devstack.LocalStackConfig;
import io.gigawatt.devstack.ProcessStatus;
import io.gigawatt.devstack.RunningStack;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import io.gigawatt.devstack.SupervisorSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A supervised local stack as the chaos suite handles it: processes by the names {@code ./gigawatt
 * status} prints, killed or stopped by signal, and whether everything is healthy.
 */
public final class ChaosStack {
  private static final List<String> SERVICES =
      List.of(Services.SITE, Services.CONTRACT, Services.CAPACITY, Services.GATEWAY);

  private final RunningStack stack;

  public ChaosStack(RunningStack stack) {
    this.stack = stack;
  }

  /**
   * Starts the packaged stack in {@code home} (free ports, no seed, attached to this JVM,
   * PostgreSQL durable as with {@code ./gigawatt up}: a crash loses no commit it confirmed) under a
   * supervisor whose liveness timeout outlasts {@code longestStop}: a stopped process is left alone
   * for that long instead of being restarted as hung.
   */
  public static ChaosStack start(Path repo, Path home, Duration longestStop) {
    SupervisorSettings d = SupervisorSettings.defaults();
    Duration liveness = longestStop.plusSeconds(30);
    SupervisorSettings settings =
        new SupervisorSettings(
            liveness.compareTo(d.livenessTimeout()) > 0 ? liveness : d.livenessTimeout(),
            d.backoffInitial(),
            d.backoffMax(),
            d.stableAfter(),
            d.poll());
    var config =
        new LocalStackConfig(repo, home, StackPorts.allFree(), false, true, true, settings);
    return new ChaosStack(LocalStack.start(config));
  }

  public RunningStack running() {
    return stack;
  }

  public ProcessStatus status(String process) {
    return LocalStack.status(stack.home().root()).stream()
        .filter(s -> s.name().equals(process))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no process " + process));
  }

  /** Kills a process with SIGKILL, like a crash; returns the pid it had. */
  public long kill(String process) {
    ProcessStatus status = status(process);
    if (!status.alive()) {
      throw new IllegalStateException(process + " does not run: " + status);
    }
    ProcessHandle.of(status.pid()).ifPresent(ProcessHandle::destroyForcibly);
    return status.pid();
  }

  /**
   * Sends {@code SIGSTOP} to a process and everything it started (PostgreSQL's backends, so that
   * the whole server stops); returns the pids stopped, for {@link #resume}.
   */
  public List<Long> stop(String process) {
    long pid = status(process).pid();
    List<Long> pids = new ArrayList<>();
    pids.add(pid);
    ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
    signal(pids, "STOP");
    return pids;
  }

  /** Sends {@code SIGCONT} to the pids {@link #stop} stopped. */
  public void resume(List<Long> pids) {
    signal(pids, "CONT");
  }

  private static void signal(List<Long> pids, String signal) {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    pids.forEach(p -> command.add(Long.toString(p)));
    try {
      Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
      kill.getInputStream().readAllBytes();
      kill.waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("cannot send SIG" + signal + " to " + pids, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every process alive, Kafka and PostgreSQL answering, every service ready (200). */
  public boolean healthy() {
    var ports = stack.ports();
    if (LocalStack.status(stack.home().root()).stream().anyMatch(s -> !s.alive())) {
      return false;
    }
    return HealthProbe.kafkaAnswers(ports.kafka())
        && HealthProbe.postgresAnswers(ports.postgres())
        && SERVICES.stream().allMatch(s -> HealthProbe.readiness(stack.serviceUrl(s)) == 200);
  }

  /** Restarts counted by the supervisor, over every process. */
  public int restarts() {
    return LocalStack.status(stack.home().root()).stream().mapToInt(ProcessStatus::restarts).sum();
  }

  public String gatewayUrl() {
    return stack.gatewayUrl();
  }

  public String serviceUrl(String service) {
    return stack.serviceUrl(service);
  }

  public String jdbcUrl(String database) {
    return stack.jdbcUrl(database) + "?connectTimeout=3&socketTimeout=10";
  }

  public String kafkaBootstrapServers() {
    return stack.kafkaBootstrapServers();
  }

  public Path home() {
    return stack.home().root();
  }

  public void stop() {
    stack.stop();
  }
}
