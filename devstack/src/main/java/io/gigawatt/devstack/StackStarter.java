package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** Starts Kafka and PostgreSQL, then the four services, waits for health, seeds. */
final class StackStarter {
  private final LocalStackConfig config;
  private final StackHome home;
  private final ServiceProcesses services;

  StackStarter(LocalStackConfig config) {
    this.config = config;
    this.home = new StackHome(config.home());
    this.services = new ServiceProcesses(config);
  }

  RunningStack start() {
    long started = System.nanoTime();
    List<Path> jars =
        Services.specs(StackPorts.defaults()).stream().map(s -> services.jar(s.name())).toList();
    jars.stream()
        .filter(jar -> !Files.isRegularFile(jar))
        .findFirst()
        .ifPresent(
            jar -> {
              throw new IllegalStateException(
                  "Missing " + jar + ": build first (mvn -B -DskipTests install)");
            });
    StackPorts ports = config.ports().resolved();
    PortCheck.requireFree(ports);
    StackFile.write(home, ports);
    EmbeddedInfrastructure.start(
        new EmbeddedSettings(
            home.data(),
            home.logs(),
            home.run(),
            ports.kafka(),
            ports.kafkaController(),
            ports.postgres(),
            Services.DATABASES,
            !config.attached(),
            false,
            config.durable()));
    List<Callable<Boolean>> healthy =
        Services.specs(ports, AdminKey.ensure(config.home())).stream().map(this::launch).toList();
    Parallel.all(healthy);
    boolean seeded = config.seed() && !Files.exists(home.seededMarker()) && seed(ports);
    return new RunningStack(config, ports, Duration.ofNanos(System.nanoTime() - started), seeded);
  }

  private Callable<Boolean> launch(Services.Spec spec) {
    long pid = services.launch(spec);
    return () -> services.awaitReady(spec, pid);
  }

  private boolean seed(StackPorts ports) {
    Seeding.run(Services.url(ports.gateway()), home, config.attached());
    try {
      Files.writeString(home.seededMarker(), "stargate-2025\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
