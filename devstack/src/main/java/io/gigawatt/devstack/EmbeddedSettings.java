package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the embedded infrastructure runs. {@code runDir} (nullable) receives pid files;
 * {@code detached} processes outlive this JVM; {@code temporary} data is deleted on close.
 */
public record EmbeddedSettings(
    Path dataDir,
    Path logDir,
    Path runDir,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    List<String> databases,
    boolean detached,
    boolean temporary) {

  public EmbeddedSettings {
    databases = List.copyOf(databases);
  }

  public static EmbeddedSettings temporary(List<String> databases) {
    try {
      return temporary(Files.createTempDirectory("gigawatt-devstack-"), databases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Free ports, data and logs under {@code dir}, attached to this JVM, deleted on close. */
  public static EmbeddedSettings temporary(Path dir, List<String> databases) {
    int[] ports = FreePorts.allocate(3);
    return new EmbeddedSettings(
        dir.resolve("data"),
        dir.resolve("logs"),
        null,
        ports[0],
        ports[1],
        ports[2],
        databases,
        false,
        true);
  }

  Path kafkaData() {
    return dataDir.resolve("kafka");
  }

  Path postgresData() {
    return dataDir.resolve("postgres");
  }

  Path root() {
    return dataDir.getParent();
  }
}
