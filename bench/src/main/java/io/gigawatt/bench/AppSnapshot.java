package io.gigawatt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of site-service's {@code target/quarkus-app}, so a rebuild during the run does not change
 * what runs.
 */
final class AppSnapshot {
  private AppSnapshot() {}

  static Path copy(Path app, Path target) {
    if (!Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
      throw new IllegalStateException(
          "Missing "
              + app.resolve("quarkus-run.jar")
              + ": build it with mvn -B -q -pl site-service package -DskipTests");
    }
    try {
      delete(target);
      try (Stream<Path> paths = Files.walk(app)) {
        for (Path source : (Iterable<Path>) paths::iterator) {
          Path dest = target.resolve(app.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(dest);
          } else {
            Files.copy(source, dest, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** E.g. {@code site-service/target/quarkus-app, built 2026-11-29T16:52:00Z}. */
  static String describe(Path app) {
    try {
      Instant built = Files.getLastModifiedTime(app.resolve("quarkus-run.jar")).toInstant();
      return app + " (built " + built + ")";
    } catch (IOException e) {
      return app.toString();
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
