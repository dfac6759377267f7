package io.gigawatt.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Properties;

/** The ports a stack was started with (run/stack.properties), read back by status. */
final class StackFile {
  private StackFile() {}

  static void write(StackHome home, StackPorts ports) {
    Properties p = new Properties();
    p.setProperty("kafka", Integer.toString(ports.kafka()));
    p.setProperty("kafka-controller", Integer.toString(ports.kafkaController()));
    p.setProperty("postgres", Integer.toString(ports.postgres()));
    p.setProperty("postgres-server", Integer.toString(ports.postgres()));
    Services.specs(ports).forEach(s -> p.setProperty(s.name(), Integer.toString(s.port())));
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
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(home.stackFile())) {
      p.load(in);
      return Integer.parseInt(p.getProperty(name, "-1"));
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
