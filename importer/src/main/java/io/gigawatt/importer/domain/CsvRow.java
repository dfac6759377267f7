package io.gigawatt.importer.domain;

import java.util.List;

/** One record of a CSV file: its fields and the line it starts on (1 is the header). */
public record CsvRow(int line, List<String> fields) {
  public CsvRow {
    fields = List.copyOf(fields);
  }
}
