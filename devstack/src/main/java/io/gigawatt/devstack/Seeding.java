package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Runs {@link SeedMain} in a forked JVM (it needs Jackson, which callers may not have). */
final class Seeding {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private Seeding() {}

  static void run(String gatewayUrl, StackHome home, boolean attached) {
    List<String> command =
        List.of(
            ProcessLauncher.javaExecutable(),
            "-Xmx128m",
            "-XX:+UseSerialGC",
            "-cp",
            DevstackClasspath.get(),
            "io.gigawatt.devstack.SeedMain",
            gatewayUrl);
    Map<String, String> env = Map.of("GIGAWATT_API_KEY", AdminKey.ensure(home.root()));
    Process process = ProcessLauncher.launch(command, env, home.logFile("seed"), !attached);
    try {
      Pids.await(process, TIMEOUT);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Seeding did not finish in " + TIMEOUT, e);
    } finally {
      Reaper.forget(process.pid());
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "Seeding failed (exit "
              + process.exitValue()
              + ")\n"
              + LogTail.of(home.logFile("seed"), 12));
    }
  }
}
