package io.gigawatt.importer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An Epoch GPU-clusters CSV read whole: its records, each keyed, and the rows skipped. */
public record EpochFile(List<KeyedRecord> records, List<BadRow> badRows, ImportContext context) {
  public EpochFile {
    records = List.copyOf(records);
    badRows = List.copyOf(badRows);
  }

  /**
   * @throws IllegalArgumentException when the text has no header of Epoch's columns
   */
  public static EpochFile parse(String text) {
    List<CsvRow> rows = CsvReader.read(text);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("Not Epoch's GPU-clusters CSV: the file is empty");
    }
    RecordParser parser = new RecordParser(rows.get(0).fields());
    List<CsvRow> body = rows.subList(1, rows.size());
    Map<String, Integer> names = new HashMap<>();
    List<EpochRecord> parsed = new ArrayList<>();
    List<CsvRow> parsedRows = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    for (CsvRow row : body) {
      try {
        EpochRecord record = parser.parse(row);
        parsed.add(record);
        parsedRows.add(row);
        names.merge(record.name(), 1, Integer::sum);
      } catch (BadRecordException e) {
        bad.add(new BadRow(row.line(), nameOf(row, rows.get(0)), e.getMessage()));
      }
    }
    ImportContext context = context(parsed, names);
    List<KeyedRecord> mappable = new ArrayList<>();
    for (KeyedRecord record : keyed(parsed, parsedRows, names)) {
      try {
        RecordMapper.facts(record.record(), context);
        mappable.add(record);
      } catch (BadRecordException e) {
        bad.add(new BadRow(record.record().line(), record.record().name(), e.getMessage()));
      }
    }
    bad.sort(java.util.Comparator.comparingInt(BadRow::line));
    return new EpochFile(mappable, bad, context);
  }

  private static List<KeyedRecord> keyed(
      List<EpochRecord> parsed, List<CsvRow> rows, Map<String, Integer> names) {
    Map<String, Integer> seen = new HashMap<>();
    List<KeyedRecord> keyed = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      EpochRecord record = parsed.get(i);
      String key = record.name();
      if (names.get(key) > 1) {
        String content = RecordKeys.duplicateNamed(key, rows.get(i), 0);
        key = RecordKeys.duplicateNamed(key, rows.get(i), seen.merge(content, 1, Integer::sum));
      }
      keyed.add(new KeyedRecord(key, record));
    }
    return keyed;
  }

  private static ImportContext context(List<EpochRecord> parsed, Map<String, Integer> names) {
    Map<String, EpochRecord> byName = new HashMap<>();
    parsed.stream().filter(r -> names.get(r.name()) == 1).forEach(r -> byName.put(r.name(), r));
    LocalDate reference =
        parsed.stream()
            .map(EpochRecord::firstOperationalOn)
            .filter(Objects::nonNull)
            .max(LocalDate::compareTo)
            .orElse(LocalDate.of(2025, 1, 1));
    return new ImportContext(byName, reference);
  }

  private static String nameOf(CsvRow row, CsvRow header) {
    int at = header.fields().indexOf(RecordParser.NAME);
    return at >= 0 && at < row.fields().size() ? row.fields().get(at).strip() : "";
  }
}
