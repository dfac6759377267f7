package io.gigawatt.devstack;

import java.nio.file.Path;

/**
 * What {@link LocalStack#start} runs: the repository (service jars under {@code
 * <module>/target/quarkus-app}), the home dir (logs, run, data), ports (0 = free), whether to seed
 * the Stargate dataset, whether the processes are attached to this JVM (registered with the {@link
 * Reaper}: tests) or detached (outlive it: {@code ./gigawatt up}), whether PostgreSQL commits
 * durably (fsync on: {@code ./gigawatt up}; off for tests), and how a supervisor watches the stack
 * (null: no supervisor). An attached stack's supervisor stops the stack when this JVM exits.
 */
public record LocalStackConfig(
    Path repoRoot,
    Path home,
    StackPorts ports,
    boolean seed,
    boolean attached,
    boolean durable,
    SupervisorSettings supervisor) {

  /** Not supervised. */
  public LocalStackConfig(
      Path repoRoot, Path home, StackPorts ports, boolean seed, boolean attached, boolean durable) {
    this(repoRoot, home, ports, seed, attached, durable, null);
  }

  /** PostgreSQL not durable (fsync off), not supervised. */
  public LocalStackConfig(
      Path repoRoot, Path home, StackPorts ports, boolean seed, boolean attached) {
    this(repoRoot, home, ports, seed, attached, false);
  }

  /** For tests: free ports, attached to this JVM, not supervised. */
  public static LocalStackConfig forTests(Path repoRoot, Path home, boolean seed) {
    return new LocalStackConfig(repoRoot, home, StackPorts.allFree(), seed, true);
  }

  /** The same, watched by a supervisor with these settings. */
  public LocalStackConfig withSupervisor(SupervisorSettings settings) {
    return new LocalStackConfig(repoRoot, home, ports, seed, attached, durable, settings);
  }

  public boolean supervised() {
    return supervisor != null;
  }
}
