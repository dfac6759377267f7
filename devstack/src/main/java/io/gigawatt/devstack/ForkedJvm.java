package io.gigawatt.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A devstack main class run in its own JVM with the devstack classpath, logging to a file. {@link
 * #start} returns once the process printed its {@link ReadyLine}.
 */
public record ForkedJvm(
    String name,
    String mainClass,
    List<String> jvmOptions,
    List<String> args,
    Path logFile,
    boolean detached) {

  public ForkedProcess start(Duration timeout) {
    return start(timeout, pid -> {});
  }

  /** Starts, tells {@code onLaunch} the pid at once, and waits for the ready line. */
  public ForkedProcess start(Duration timeout, LongConsumer onLaunch) {
    long offset = logFile.toFile().length();
    List<String> command = new ArrayList<>();
    command.add(ProcessLauncher.javaExecutable());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(DevstackClasspath.get());
    command.add(mainClass);
    command.addAll(args);
    Process process = ProcessLauncher.launch(command, Map.of(), logFile, detached, onLaunch);
    ForkedProcess forked = new ForkedProcess(name, process.pid(), logFile, Map.of(), !detached);
    try {
      String line =
          Readiness.await(
              name, process.pid(), logFile, timeout, () -> ReadyLine.find(logFile, offset));
      return new ForkedProcess(name, process.pid(), logFile, ReadyLine.parse(line), !detached);
    } catch (RuntimeException e) {
      forked.stop();
      throw e;
    }
  }
}
