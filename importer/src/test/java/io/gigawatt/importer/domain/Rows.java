package io.gigawatt.importer.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small Epoch CSVs for tests: a header of the columns used and rows by column name. */
final class Rows {
  static final List<String> COLUMNS =
      List.of(
          "Name",
          "Status",
          "Certainty",
          "H100 equivalents",
          "Chip type (primary)",
          "Chip quantity (primary)",
          "Country",
          "Owner",
          "First Operational Date",
          "Power Capacity (MW)",
          "Location",
          "Superseded by",
          "Chip type (secondary)",
          "Chip quantity (secondary)",
          "GPU Supplier (primary)",
          "GPU supplier (secondary)",
          "Decommissioned Date (if applicable)",
          "Source 1",
          "Source 2");

  private final List<Map<String, String>> rows = new ArrayList<>();

  Rows row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Name", "Cluster " + (rows.size() + 1));
    row.put("Status", "Existing");
    row.put("Certainty", "Confirmed");
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    rows.add(row);
    return this;
  }

  String csv() {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (Map<String, String> row : rows) {
      List<String> fields = new ArrayList<>();
      for (String column : COLUMNS) {
        String value = row.getOrDefault(column, "");
        fields.add(
            value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value);
      }
      out.append(String.join(",", fields)).append('\n');
    }
    return out.toString();
  }

  EpochFile file() {
    return EpochFile.parse(csv());
  }
}
