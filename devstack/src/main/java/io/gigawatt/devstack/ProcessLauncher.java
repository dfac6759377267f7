package io.gigawatt.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Starts a process with stdout and stderr appended to a log file and stdin from /dev/null. An
 * attached process is registered with the {@link Reaper}, so it dies with this JVM; a detached one
 * gets its own session and outlives it (the local stack).
 */
public final class ProcessLauncher {
  private static final Path SETSID = Path.of("/usr/bin/setsid");
  private static final Object LAUNCHING = new Object();
  private static boolean refusing;

  private ProcessLauncher() {}

  public static Process launch(
      List<String> command, Map<String, String> environment, Path logFile, boolean detached) {
    return launch(command, environment, logFile, detached, pid -> {});
  }

  /**
   * Starts the process and tells {@code onStart} its pid (e.g. to write its pid file) before any
   * other launch or {@link #refuseLaunches} can run: a JVM that shuts down never leaves a started
   * process unrecorded.
   */
  public static Process launch(
      List<String> command,
      Map<String, String> environment,
      Path logFile,
      boolean detached,
      LongConsumer onStart) {
    synchronized (LAUNCHING) {
      if (refusing) {
        throw new IllegalStateException("Shutting down: not starting " + command.get(0));
      }
      Process process = start(command, environment, logFile, detached);
      onStart.accept(process.pid());
      return process;
    }
  }

  /** Waits for a launch under way, then refuses every further one (a stopping supervisor). */
  static void refuseLaunches() {
    synchronized (LAUNCHING) {
      refusing = true;
    }
  }

  private static Process start(
      List<String> command, Map<String, String> environment, Path logFile, boolean detached) {
    List<String> full = new ArrayList<>();
    if (detached && Files.isExecutable(SETSID)) {
      full.add(SETSID.toString());
    }
    full.addAll(command);
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      ProcessBuilder builder = new ProcessBuilder(full);
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
      builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process process = builder.start();
      if (!detached) {
        Reaper.get().register(process.pid());
      }
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
