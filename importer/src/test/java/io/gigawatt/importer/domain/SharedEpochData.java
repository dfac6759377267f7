package io.gigawatt.importer.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Epoch's export as the project shares it: {@code ../shared/data/epoch/} beside the repository. */
public final class SharedEpochData {
  private SharedEpochData() {}

  public static String gpuClusters() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path csv = dir.resolve("shared/data/epoch/gpu_clusters.csv");
      if (Files.isRegularFile(csv)) {
        try {
          return Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("No shared/data/epoch/gpu_clusters.csv above the build");
  }
}
