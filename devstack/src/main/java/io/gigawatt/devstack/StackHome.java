package io.gigawatt.devstack;

import java.nio.file.Path;

/** The layout of a local stack's home dir: logs/, run/ (pid files), data/. */
public record StackHome(Path root) {
  public StackHome {
    root = root.toAbsolutePath().normalize();
  }

  public Path logs() {
    return root.resolve("logs");
  }

  public Path run() {
    return root.resolve("run");
  }

  public Path data() {
    return root.resolve("data");
  }

  public Path logFile(String name) {
    return logs().resolve(name + ".log");
  }

  public Path pidFile(String name) {
    return run().resolve(name + ".pid");
  }

  /** Ports and URLs of the last start, for status. */
  public Path stackFile() {
    return run().resolve("stack.properties");
  }

  /** Present once the dataset was seeded into this home's data. */
  public Path seededMarker() {
    return data().resolve("seeded");
  }

  /** Present once Epoch AI's GPU clusters were imported into this home's data. */
  public Path epochSeededMarker() {
    return data().resolve("seeded-epoch");
  }
}
