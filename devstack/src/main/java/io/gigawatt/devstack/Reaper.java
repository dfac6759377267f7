package io.gigawatt.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A bash child that outlives this JVM: it reads "+ pid" / "- pid" lines on its stdin and, at EOF
 * (this JVM exited or was killed -9), sends SIGTERM to every registered process, waits up to 8 s
 * and then sends SIGKILL. Every process the test infrastructure starts is registered here.
 */
public final class Reaper {
  private static final String SCRIPT =
      """
      trap '' INT TERM HUP
      declare -A pids=()
      while read -r op pid; do
        case "$op" in
          +) pids[$pid]=1 ;;
          -) unset "pids[$pid]" ;;
        esac
      done
      (( ${#pids[@]} )) || exit 0
      alive() {
        local stat
        stat=$(< "/proc/$1/stat") 2>/dev/null || return 1
        stat=${stat##*)}
        [[ ${stat:1:1} != Z ]]
      }
      kill -TERM "${!pids[@]}" 2>/dev/null
      for _ in $(seq 1 80); do
        any=0
        for p in "${!pids[@]}"; do alive "$p" && any=1; done
        (( any )) || exit 0
        sleep 0.1
      done
      kill -KILL "${!pids[@]}" 2>/dev/null
      """;

  private static Reaper instance;

  private final Process process;
  private final OutputStream commands;

  private Reaper(Process process) {
    this.process = process;
    this.commands = process.getOutputStream();
  }

  public static synchronized Reaper get() {
    if (instance == null) {
      try {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", SCRIPT, "gigawatt-reaper");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        instance = new Reaper(builder.start());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the process reaper (bash)", e);
      }
    }
    return instance;
  }

  /** Unregisters a pid if this JVM has a reaper at all. */
  public static synchronized void forget(long pid) {
    if (instance != null) {
      instance.unregister(pid);
    }
  }

  public long pid() {
    return process.pid();
  }

  public synchronized void register(long pid) {
    send("+ " + pid);
  }

  public synchronized void unregister(long pid) {
    send("- " + pid);
  }

  private void send(String line) {
    try {
      commands.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
      commands.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("The process reaper (pid " + process.pid() + ") is gone", e);
    }
  }
}
