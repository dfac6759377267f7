package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;

/**
 * Starts and stops one {@link StackUnit} with the ports the stack was started with, its data dirs,
 * logs and pid files: the one way {@code up}, {@code restart} and the {@link Supervisor} (re)start
 * processes, so a restarted process keeps its port and its data.
 */
final class UnitLauncher {
  private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration CLEANUP_GRACE = Duration.ofSeconds(10);

  private final LocalStackConfig config;
  private final StackPorts ports;
  private final StackHome home;
  private final ServiceProcesses services;
  private final StackStopper stopper;

  UnitLauncher(LocalStackConfig config, StackPorts ports) {
    this.config = config;
    this.ports = ports;
    this.home = new StackHome(config.home());
    this.services = new ServiceProcesses(config);
    this.stopper = new StackStopper(home);
  }

  StackPorts ports() {
    return ports;
  }

  /** Starts the unit and waits until it is ready for clients (a service: /q/health/ready). */
  void startReady(StackUnit unit) {
    start(unit, true);
  }

  /**
   * Starts the unit and waits until it is live (a service: /q/health/live), which it is while
   * PostgreSQL or Kafka are still on their way back.
   */
  void startLive(StackUnit unit) {
    start(unit, false);
  }

  /** See {@link StackStopper#stop(StackUnit, Duration)}. */
  List<String> stop(StackUnit unit, Duration grace) {
    return stopper.stop(unit, grace);
  }

  private void start(StackUnit unit, boolean untilReady) {
    try {
      switch (unit) {
        case KAFKA -> infrastructure().startKafka(INFRASTRUCTURE_TIMEOUT);
        case POSTGRES -> infrastructure().startPostgres(INFRASTRUCTURE_TIMEOUT);
        default -> {
          Services.Spec spec =
              Services.spec(ports, unit.unitName(), AdminKey.ensure(config.home()));
          long pid = services.launch(spec);
          if (untilReady) {
            services.awaitReady(spec, pid);
          } else {
            services.awaitLive(spec, pid);
          }
        }
      }
    } catch (RuntimeException e) {
      stop(unit, CLEANUP_GRACE);
      throw e;
    }
  }

  private EmbeddedProcesses infrastructure() {
    return new EmbeddedProcesses(
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
  }
}
