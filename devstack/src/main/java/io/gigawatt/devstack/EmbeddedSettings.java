package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the embedded infrastructure runs. {@code runDir} (nullable) receives pid files;
 * {@code detached} processes outlive this JVM; {@code temporary} data is deleted on close; a {@code
 * durable} PostgreSQL commits with fsync, synchronous_commit and full_page_writes on (zonky's
 * default turns fsync and synchronous_commit off, which is right for tests only).
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
    boolean temporary,
    boolean durable) {

  public EmbeddedSettings {
    databases = List.copyOf(databases);
  }

  /** Not durable: fast commits for tests. */
  public EmbeddedSettings(
      Path dataDir,
      Path logDir,
      Path runDir,
      int kafkaPort,
      int kafkaControllerPort,
      int postgresPort,
      List<String> databases,
      boolean detached,
      boolean temporary) {
    this(
        dataDir,
        logDir,
        runDir,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        databases,
        detached,
        temporary,
        false);
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

  public EmbeddedSettings withDurable(boolean durable) {
    return new EmbeddedSettings(
        dataDir,
        logDir,
        runDir,
        kafkaPort,
        kafkaControllerPort,
        postgresPort,
        databases,
        detached,
        temporary,
        durable);
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
