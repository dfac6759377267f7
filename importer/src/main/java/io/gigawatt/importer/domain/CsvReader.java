package io.gigawatt.importer.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, quoted with double quotes (a quote doubled inside),
 * line breaks allowed inside quotes, CRLF or LF. Each row keeps the line it starts on.
 */
public final class CsvReader {
  private CsvReader() {}

  public static List<CsvRow> read(String text) {
    List<CsvRow> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowStart = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        addUnlessBlank(rows, rowStart, fields);
        fields = new ArrayList<>();
        line++;
        rowStart = line;
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      addUnlessBlank(rows, rowStart, fields);
    }
    return rows;
  }

  private static void addUnlessBlank(List<CsvRow> rows, int line, List<String> fields) {
    if (!(fields.size() == 1 && fields.get(0).isBlank())) {
      rows.add(new CsvRow(line, fields));
    }
  }
}
