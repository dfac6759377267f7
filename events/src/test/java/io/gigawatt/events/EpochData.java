package io.gigawatt.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared copy of Epoch AI's data (CC-BY 4.0), {@code ../shared/data/epoch/} next to the
 * repository, read as rows of column name → value (RFC 4180: quoted fields may hold commas, quotes
 * and line breaks).
 */
final class EpochData {
  static final Path DIR = repoRoot().resolve("../shared/data/epoch").normalize();

  private EpochData() {}

  static List<Map<String, String>> gpuClusters() {
    return read("gpu_clusters.csv");
  }

  static List<Map<String, String>> mlHardware() {
    return read("ml_hardware.csv");
  }

  private static List<Map<String, String>> read(String file) {
    Path path = DIR.resolve(file);
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("Epoch AI data missing: " + path);
    }
    try {
      List<List<String>> records = parse(Files.readString(path, StandardCharsets.UTF_8));
      List<String> header = records.get(0);
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> record : records.subList(1, records.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.size() ? record.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  /** The reactor's root: the nearest directory, from the working directory up, with events/. */
  private static Path repoRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("events/pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
