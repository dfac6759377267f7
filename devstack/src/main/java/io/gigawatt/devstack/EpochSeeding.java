package io.gigawatt.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Imports the Epoch AI GPU-clusters copy the repository ships ({@code data/epoch/}) with the
 * importer module, in a forked JVM; its progress lines are echoed while it runs.
 */
final class EpochSeeding {
  static final String CSV = "data/epoch/gpu_clusters.csv";
  private static final Duration TIMEOUT = Duration.ofMinutes(15);

  private EpochSeeding() {}

  /** Imports the shipped copy; a checkout without one (a test's fake repository) skips it. */
  static void run(Path repo, String gatewayUrl, StackHome home) {
    if (!Files.isRegularFile(repo.resolve(CSV))) {
      System.out.println("No " + CSV + " in " + repo + ": the Epoch AI import is skipped");
      return;
    }
    Path classes = repo.resolve("importer/target/classes");
    Path classpath = classes.resolve("importer.classpath");
    if (!Files.isRegularFile(classpath)) {
      throw new IllegalStateException(
          "The importer is not built (no " + classpath + "): ./gigawatt up builds it");
    }
    Path log = home.logFile("seed-epoch");
    List<String> command =
        List.of(
            ProcessLauncher.javaExecutable(),
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-cp",
            classes + ":" + read(classpath).strip(),
            "io.gigawatt.importer.cli.ImportMain",
            "epoch-gpu-clusters",
            repo.resolve(CSV).toString(),
            "--gateway",
            gatewayUrl,
            "--state",
            home.data().resolve("epoch-gpu-clusters.import.tsv").toString());
    Map<String, String> env = Map.of("GIGAWATT_API_KEY", AdminKey.ensure(home.root()));
    System.out.println("Importing Epoch AI's GPU clusters (" + CSV + "; log: " + log + ")");
    long from = size(log);
    Process process = ProcessLauncher.launch(command, env, log, false);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (RandomAccessFile follow = new RandomAccessFile(log.toFile(), "r")) {
      follow.seek(from);
      while (process.isAlive() && System.nanoTime() < deadline) {
        echo(follow);
        Thread.sleep(500);
      }
      echo(follow);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot follow " + log, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
      Reaper.forget(process.pid());
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "The Epoch import failed (exit " + process.exitValue() + ")\n" + LogTail.of(log, 12));
    }
  }

  private static void echo(RandomAccessFile follow) throws IOException {
    long available = follow.length() - follow.getFilePointer();
    if (available > 0) {
      byte[] bytes = new byte[(int) available];
      follow.readFully(bytes);
      System.out.print("  " + new String(bytes, StandardCharsets.UTF_8).replace("\n", "\n  "));
      System.out.flush();
    }
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }
}
