package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts what of a local stack is not running: Kafka and PostgreSQL, then the services, each until
 * ready; then its supervisor, if it has one; then seeds. A partly running stack keeps the ports it
 * was started with, and where its supervisor runs, the supervisor starts what is missing.
 */
final class StackStarter {
  private static final Duration SUPERVISED_START_TIMEOUT = Duration.ofSeconds(300);
  private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(10);

  private final LocalStackConfig config;
  private final StackHome home;

  StackStarter(LocalStackConfig config) {
    this.config = config;
    this.home = new StackHome(config.home());
  }

  RunningStack start() {
    long begin = System.nanoTime();
    requireJars();
    List<StackUnit> missing =
        Arrays.stream(StackUnit.values()).filter(unit -> !unit.runs(home)).toList();
    boolean supervisorRuns = SupervisorProcess.pid(home).isPresent();
    boolean fresh =
        !supervisorRuns && Arrays.stream(StackUnit.values()).noneMatch(u -> u.anyRuns(home));
    StackPorts ports =
        fresh
            ? config.ports().resolved()
            : StackFile.ports(home).orElseGet(() -> config.ports().resolved());
    List<String> started = new ArrayList<>(missing.stream().map(StackUnit::unitName).toList());
    if (supervisorRuns) {
      missing.forEach(unit -> SupervisorProcess.requestRestart(home, unit));
      UnitsReady.await(home, ports, missing, SUPERVISED_START_TIMEOUT);
    } else {
      startMissing(missing, ports, fresh);
      if (config.supervised()) {
        SupervisorProcess.start(config);
        started.add(StackProcess.SUPERVISOR.name());
      }
    }
    RunningStack stack =
        new RunningStack(
            config, ports, Duration.ofNanos(System.nanoTime() - begin), false, started);
    boolean seeded = Files.exists(home.seededMarker()) && Files.exists(home.epochSeededMarker());
    return config.seed() && !seeded ? seed(stack) : stack;
  }

  private void requireJars() {
    ServiceProcesses services = new ServiceProcesses(config);
    for (Services.Spec spec : Services.specs(StackPorts.defaults())) {
      Path jar = services.jar(spec.name());
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            "Missing " + jar + ": build first (mvn -B -DskipTests install)");
      }
    }
  }

  private void startMissing(List<StackUnit> missing, StackPorts ports, boolean fresh) {
    Restarts restarts = new Restarts(home);
    if (fresh || !Files.exists(home.stackFile())) {
      restarts.delete();
      StackFile.write(home, ports, config.durable());
    }
    UnitLauncher launcher = new UnitLauncher(config, ports);
    missing.forEach(unit -> launcher.stop(unit, LEFTOVER_GRACE));
    Map<String, Integer> wanted = new LinkedHashMap<>();
    missing.forEach(unit -> wanted.putAll(unit.ports(ports)));
    PortCheck.requireFree(wanted);
    if (!fresh) {
      missing.forEach(unit -> restarts.record(unit, "not running at ./gigawatt up"));
    }
    try {
      Parallel.forEach(missing.stream().filter(u -> !u.isService()).toList(), launcher::startReady);
      Parallel.forEach(
          missing.stream().filter(StackUnit::isService).toList(), launcher::startReady);
    } catch (RuntimeException e) {
      List<StackUnit> servicesFirst = new ArrayList<>(missing);
      Collections.reverse(servicesFirst);
      servicesFirst.forEach(unit -> launcher.stop(unit, StackStopper.GRACE));
      throw e;
    }
  }

  private RunningStack seed(RunningStack stack) {
    try {
      if (!Files.exists(home.seededMarker())) {
        Seeding.run(stack.gatewayUrl(), home, config.attached());
        Files.writeString(home.seededMarker(), "stargate-2025\n");
      }
      EpochSeeding.run(config.repoRoot(), stack.gatewayUrl(), home);
      Files.writeString(home.epochSeededMarker(), "epoch-gpu-clusters\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      throw new SeedingFailedException(e.getMessage(), stack, e);
    }
    return stack.seeded();
  }
}
