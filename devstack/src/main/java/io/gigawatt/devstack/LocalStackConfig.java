package io.gigawatt.devstack;

import java.nio.file.Path;

/**
 * What {@link LocalStack#start} runs: the repository (service jars under {@code
 * <module>/target/quarkus-app}), the home dir (logs, run, data), ports (0 = free), whether to seed
 * the Stargate dataset, whether the processes are attached to this JVM (registered with the {@link
 * Reaper}: tests) or detached (outlive it: {@code ./gigawatt up}), and whether PostgreSQL commits
 * durably (fsync on: {@code ./gigawatt up}; off for tests).
 */
public record LocalStackConfig(
    Path repoRoot, Path home, StackPorts ports, boolean seed, boolean attached, boolean durable) {

  /** PostgreSQL not durable (fsync off). */
  public LocalStackConfig(
      Path repoRoot, Path home, StackPorts ports, boolean seed, boolean attached) {
    this(repoRoot, home, ports, seed, attached, false);
  }

  /** For tests: free ports, attached to this JVM. */
  public static LocalStackConfig forTests(Path repoRoot, Path home, boolean seed) {
    return new LocalStackConfig(repoRoot, home, StackPorts.allFree(), seed, true);
  }
}
