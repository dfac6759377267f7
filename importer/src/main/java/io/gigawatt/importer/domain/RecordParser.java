package io.gigawatt.importer.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the records of an Epoch GPU-clusters CSV by its header's column names. */
public final class RecordParser {
  static final String NAME = "Name";
  static final String DATASET_PAGE = "https://epoch.ai/data/gpu-clusters";
  static final List<String> REQUIRED = List.of(NAME, "Status", "Certainty", "H100 equivalents");
  private static final int SOURCES = 5;

  private final Map<String, Integer> columns = new HashMap<>();

  /**
   * @throws IllegalArgumentException when the header lacks a required column
   */
  public RecordParser(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Not Epoch's GPU-clusters CSV: the header lacks " + String.join(", ", missing));
    }
  }

  /** The record of a row, or {@link BadRecordException} naming the first unreadable column. */
  public EpochRecord parse(CsvRow row) {
    Map<String, String> r = new HashMap<>();
    columns.forEach(
        (name, at) -> r.put(name, at < row.fields().size() ? row.fields().get(at) : ""));
    String name = Fields.text(r.get(NAME));
    if (name == null) {
      throw new BadRecordException(NAME, "is empty");
    }
    if (name.length() > Bounds.MAX_TEXT_LENGTH) {
      throw new BadRecordException(NAME, "is longer than 200 characters");
    }
    return new EpochRecord(
        row.line(),
        name,
        EpochStatus.of(Objects.requireNonNullElse(Fields.text(r.get("Status")), "")),
        confidence(r.get("Certainty")),
        Fields.positive("H100 equivalents", r.get("H100 equivalents")),
        chips(r, "Chip type (primary)", "Chip quantity (primary)"),
        chips(r, "Chip type (secondary)", "Chip quantity (secondary)"),
        CountryNames.iso(r.get("Country")),
        owners(r.get("Owner")),
        Fields.date("First Operational Date", r.get("First Operational Date")),
        Fields.positive("Power Capacity (MW)", r.get("Power Capacity (MW)")),
        Fields.text(r.get("Location")),
        Fields.text(r.get("GPU Supplier (primary)")),
        Fields.text(r.get("GPU supplier (secondary)")),
        Fields.text(r.get("Superseded by")),
        Fields.date(
            "Decommissioned Date (if applicable)", r.get("Decommissioned Date (if applicable)")),
        source(r));
  }

  /** Confirmed → CONFIRMED, Likely → REPORTED, Unlikely → SPECULATIVE. */
  static Confidence confidence(String certainty) {
    String text = Fields.text(certainty);
    return switch (text == null ? "" : text) {
      case "Confirmed" -> Confidence.CONFIRMED;
      case "Likely" -> Confidence.REPORTED;
      case "Unlikely" -> Confidence.SPECULATIVE;
      default -> throw new BadRecordException("Certainty", "is not Confirmed, Likely or Unlikely");
    };
  }

  private static ChipLine chips(Map<String, String> r, String type, String quantity) {
    return new ChipLine(Fields.text(r.get(type)), Fields.count(quantity, r.get(quantity)));
  }

  private static List<String> owners(String owner) {
    String text = Fields.text(owner);
    if (text == null) {
      return List.of();
    }
    List<String> owners = new ArrayList<>();
    Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(owners::add);
    return owners;
  }

  private static String source(Map<String, String> r) {
    for (int i = 1; i <= SOURCES; i++) {
      String source = Fields.text(r.get("Source " + i));
      if (source != null) {
        if (source.length() > 2000) {
          throw new BadRecordException("Source " + i, "is longer than 2,000 characters");
        }
        return source;
      }
    }
    return DATASET_PAGE;
  }
}
