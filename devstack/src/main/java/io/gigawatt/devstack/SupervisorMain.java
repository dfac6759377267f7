package io.gigawatt.devstack;

import java.nio.file.Path;

/**
 * The supervisor JVM of a local stack ({@code ./gigawatt up} starts it detached, {@code down} stops
 * it first). Args: {@code --repo DIR --home DIR [--owner-pid PID]} and the {@link
 * SupervisorSettings} options. The ports and durability come from the home's stack file.
 */
public final class SupervisorMain {
  private SupervisorMain() {}

  public static void main(String[] args) {
    Options options = new Options(args);
    Path home = options.requiredPath("--home");
    StackHome stackHome = new StackHome(home);
    StackPorts ports =
        StackFile.ports(stackHome)
            .orElseThrow(() -> new IllegalStateException("No stack file in " + stackHome.run()));
    LocalStackConfig config =
        new LocalStackConfig(
            options.requiredPath("--repo"),
            home,
            ports,
            false,
            false,
            StackFile.durable(stackHome),
            SupervisorSettings.parse(options));
    Supervisor supervisor = new Supervisor(config, ports);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  supervisor.shutdown();
                  supervisor.restarts().log("supervisor stopped");
                },
                "supervisor-stop"));
    supervisor.run(options.number("--owner-pid"));
    System.exit(0);
  }
}
