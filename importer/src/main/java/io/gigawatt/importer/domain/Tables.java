package io.gigawatt.importer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The curated CSV tables of {@code importer/src/main/resources/epoch/}, each row by its key. */
final class Tables {
  private Tables() {}

  static <T> Map<String, T> load(String resource, Function<List<String>, T> row) {
    List<CsvRow> rows = CsvReader.read(text(resource));
    Map<String, T> table = new LinkedHashMap<>();
    for (CsvRow csv : rows.subList(1, rows.size())) {
      if (table.put(csv.fields().get(0), row.apply(csv.fields())) != null) {
        throw new IllegalStateException(resource + " line " + csv.line() + ": key given twice");
      }
    }
    return Map.copyOf(table);
  }

  private static String text(String resource) {
    try (InputStream in = Tables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
