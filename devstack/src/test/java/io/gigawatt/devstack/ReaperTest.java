package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReaperTest {

  @Test
  void brokerAndPostgresDieWithAKilledTestJvm() throws Exception {
    Path dir = Path.of("target/reaper-test").toAbsolutePath();
    EmbeddedProcesses.deleteRecursively(dir);
    Path log = dir.resolve("holder.log");
    String classpath =
        Path.of(
                InfrastructureHolder.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            + ":"
            + DevstackClasspath.codeLocation();
    Process holder =
        ProcessLauncher.launch(
            List.of(
                ProcessLauncher.javaExecutable(),
                "-Xmx128m",
                "-cp",
                classpath,
                InfrastructureHolder.class.getName(),
                dir.toString()),
            Map.of(),
            log,
            false);
    long[] pids =
        Readiness.await(
            "infrastructure holder",
            holder.pid(),
            log,
            Duration.ofSeconds(180),
            () -> pidsLine(log));
    assertThat(Arrays.stream(pids)).allMatch(Pids::isRunning);

    holder.destroyForcibly();
    long killedAt = System.nanoTime();
    long[] infrastructure = Arrays.copyOf(pids, 3);
    long deadline = killedAt + Duration.ofSeconds(20).toNanos();
    while (Arrays.stream(infrastructure).anyMatch(Pids::isRunning)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    System.out.printf(
        "Reaper: broker, PostgreSQL JVM and postmaster gone %d ms after kill -9 of their parent%n",
        (System.nanoTime() - killedAt) / 1_000_000);
    assertThat(Arrays.stream(infrastructure)).noneMatch(Pids::isRunning);
    assertThat(Pids.awaitExit(pids[3], Duration.ofSeconds(10))).as("reaper exits").isTrue();
    EmbeddedProcesses.deleteRecursively(dir);
  }

  private static Optional<long[]> pidsLine(Path log) {
    try {
      return Files.readAllLines(log).stream()
          .filter(line -> line.startsWith("PIDS "))
          .findFirst()
          .map(
              line ->
                  Arrays.stream(line.substring(5).trim().split(" "))
                      .mapToLong(Long::parseLong)
                      .toArray());
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
