package io.gigawatt.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Properties;

/**
 * How a stack was started (run/stack.properties): its ports and whether PostgreSQL is durable. Read
 * back by status, by {@code up} on a partly running stack and by the supervisor, so a restarted
 * process gets the same port.
 */
final class StackFile {
  private static final String DURABLE = "durable";

  private StackFile() {}

  static void write(StackHome home, StackPorts ports, boolean durable) {
    Properties p = new Properties();
    p.setProperty("kafka", Integer.toString(ports.kafka()));
    p.setProperty("kafka-controller", Integer.toString(ports.kafkaController()));
    p.setProperty("postgres", Integer.toString(ports.postgres()));
    p.setProperty("postgres-server", Integer.toString(ports.postgres()));
    Services.specs(ports).forEach(s -> p.setProperty(s.name(), Integer.toString(s.port())));
    p.setProperty(DURABLE, Boolean.toString(durable));
    try {
      Files.createDirectories(home.run());
      try (Writer out = Files.newBufferedWriter(home.stackFile())) {
        p.store(out, "Ports of the Gigawatt local stack");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port of a process, or -1 when unknown. */
  static int port(StackHome home, String name) {
    try {
      return Integer.parseInt(read(home).getProperty(name, "-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The ports of the last start, if there was one. */
  static Optional<StackPorts> ports(StackHome home) {
    if (!Files.isRegularFile(home.stackFile())) {
      return Optional.empty();
    }
    return Optional.of(
        new StackPorts(
            port(home, Services.GATEWAY),
            port(home, Services.SITE),
            port(home, Services.CONTRACT),
            port(home, Services.CAPACITY),
            port(home, "kafka"),
            port(home, "kafka-controller"),
            port(home, "postgres")));
  }

  static boolean durable(StackHome home) {
    return Boolean.parseBoolean(read(home).getProperty(DURABLE, "false"));
  }

  private static Properties read(StackHome home) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(home.stackFile())) {
      p.load(in);
    } catch (IOException e) {
      // no stack file: every value unknown
    }
    return p;
  }
}
