package io.gigawatt.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The restarts of each unit of a stack (how many, the last one's time and reason) and what the
 * supervisor is doing about each now, in {@code run/supervisor.properties}, which status reads.
 * Each restart is also logged to {@code logs/supervisor.log} and to the unit's own log.
 */
final class Restarts {
  /** A unit's restarts so far: how many, and the last one's time and reason. */
  record Restart(int count, Instant last, String reason) {}

  private static final String SUPERVISOR = "supervisor";

  private final StackHome home;
  private final Path file;

  Restarts(StackHome home) {
    this.home = home;
    this.file = home.run().resolve("supervisor.properties");
  }

  /** Counts a restart about to happen (phase: starting) and logs it; returns its number. */
  synchronized int record(StackUnit unit, String reason) {
    Properties p = load();
    int count = restart(p, unit).map(Restart::count).orElse(0) + 1;
    Instant now = Instant.now();
    p.setProperty(unit.unitName() + ".count", Integer.toString(count));
    p.setProperty(unit.unitName() + ".last", now.toString());
    p.setProperty(unit.unitName() + ".reason", reason);
    p.setProperty(unit.unitName() + ".phase", "starting (restart #" + count + ")");
    store(p);
    String line = "restart #" + count + " of " + unit.unitName() + ": " + reason;
    log(line);
    append(home.logFile(unit.unitName()), "[gigawatt supervisor " + now + "] " + line);
    return count;
  }

  Optional<Restart> of(StackUnit unit) {
    return restart(load(), unit);
  }

  /** What the supervisor does about the unit now: up, starting, restarting in 2.0 s. */
  synchronized void phase(StackUnit unit, String phase) {
    set(unit.unitName() + ".phase", phase);
  }

  Optional<String> phase(StackUnit unit) {
    return Optional.ofNullable(load().getProperty(unit.unitName() + ".phase"));
  }

  /** How the supervisor watches, for status. */
  synchronized void supervisor(String description) {
    set(SUPERVISOR, description);
  }

  Optional<String> supervisor() {
    return Optional.ofNullable(load().getProperty(SUPERVISOR));
  }

  /** A timestamped line in logs/supervisor.log. */
  void log(String line) {
    append(home.logFile(SUPERVISOR), Instant.now() + " " + line);
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Restart> restart(Properties p, StackUnit unit) {
    String count = p.getProperty(unit.unitName() + ".count");
    if (count == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Restart(
            Integer.parseInt(count),
            Instant.parse(p.getProperty(unit.unitName() + ".last")),
            p.getProperty(unit.unitName() + ".reason", "")));
  }

  private void set(String key, String value) {
    Properties p = load();
    p.setProperty(key, value);
    store(p);
  }

  private Properties load() {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      // nothing recorded yet
    }
    return p;
  }

  private void store(Properties p) {
    try {
      Files.createDirectories(home.run());
      Path temporary = Files.createTempFile(home.run(), "supervisor", ".tmp");
      try (Writer out = Files.newBufferedWriter(temporary)) {
        p.store(out, "Restarts of the Gigawatt local stack");
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path log, String line) {
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
