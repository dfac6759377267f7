package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Processes by PID: alive checks that treat zombies as dead, and SIGTERM-then-SIGKILL stops. */
public final class Pids {
  private Pids() {}

  public static boolean isRunning(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    return handle.isPresent() && handle.get().isAlive() && !isZombie(pid);
  }

  /**
   * Sends SIGTERM, waits up to {@code grace}, then SIGKILL. Returns true when the process had to be
   * killed.
   */
  public static boolean stop(long pid, Duration grace) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !isRunning(pid)) {
      return false;
    }
    handle.get().destroy();
    if (awaitExit(pid, grace)) {
      return false;
    }
    handle.get().destroyForcibly();
    awaitExit(pid, Duration.ofSeconds(5));
    return true;
  }

  /**
   * Sends {@code signal} (e.g. INT: PostgreSQL's fast shutdown, where its TERM waits for every
   * client), waits up to {@code grace}, then SIGKILL. Returns true when the process had to be
   * killed.
   */
  public static boolean stop(long pid, String signal, Duration grace) {
    if (!isRunning(pid)) {
      return false;
    }
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot send SIG" + signal + " to " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (awaitExit(pid, grace)) {
      return false;
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    awaitExit(pid, Duration.ofSeconds(5));
    return true;
  }

  public static boolean awaitExit(long pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isRunning(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(Duration.ofMillis(50));
    }
    return true;
  }

  /** The full command line of a running process, empty when unknown. */
  public static String commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
    } catch (IOException e) {
      return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
    }
  }

  /** Writes a pid file (creating its directory). */
  public static void write(Path pidFile, long pid) {
    try {
      Files.createDirectories(pidFile.toAbsolutePath().getParent());
      Files.writeString(pidFile, pid + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OptionalLong read(Path pidFile) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidFile).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  public static void await(Process process, Duration timeout) throws TimeoutException {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new TimeoutException("pid " + process.pid() + " still running after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
