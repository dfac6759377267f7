package io.gigawatt.importer.http;

import io.gigawatt.importer.application.ImportState;
import io.gigawatt.importer.application.RecordIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The records' ids in a file of tab-separated lines {@code key, siteId, contractId}, appended as
 * ids come; the last line of a key wins.
 */
public final class FileImportState implements ImportState {
  private final Path file;

  public FileImportState(Path file) {
    this.file = file;
  }

  @Override
  public Map<String, RecordIds> load() {
    Map<String, RecordIds> ids = new HashMap<>();
    if (!Files.exists(file)) {
      return ids;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", -1);
        if (parts.length == 3) {
          ids.put(parts[0], new RecordIds(parts[1], parts[2].isEmpty() ? null : parts[2]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  @Override
  public synchronized void save(String recordKey, RecordIds ids) {
    String line =
        recordKey.replace('\t', ' ').replace('\n', ' ')
            + "\t"
            + ids.siteId()
            + "\t"
            + (ids.contractId() == null ? "" : ids.contractId())
            + "\n";
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(
          file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
