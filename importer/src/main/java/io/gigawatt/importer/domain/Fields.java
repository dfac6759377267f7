package io.gigawatt.importer.domain;

import io.gigawatt.events.Bounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads the typed columns of a record; an unreadable value throws naming its column. */
final class Fields {
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Fields() {}

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A positive, finite number; null when empty. */
  static Double positive(String column, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    if (GROUPED.matcher(text).matches()) {
      text = text.replace(",", "");
    }
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new BadRecordException(column, "'" + value + "' is not a number");
    }
    if (!Double.isFinite(number) || number <= 0) {
      throw new BadRecordException(column, "'" + value + "' is not a positive number");
    }
    return number;
  }

  /** A whole, positive count; null when empty. */
  static Long count(String column, String value) {
    Double number = positive(column, value);
    if (number == null) {
      return null;
    }
    try {
      return new BigDecimal(number.toString()).longValueExact();
    } catch (ArithmeticException e) {
      throw new BadRecordException(column, "'" + value + "' is not a whole number");
    }
  }

  /** M/D/YYYY (Epoch's form), YYYY-MM-DD, or YYYY-MM (its first day); null when empty. */
  static LocalDate date(String column, String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    LocalDate date;
    try {
      if (text.contains("/")) {
        date = LocalDate.parse(text, US_DATE);
      } else if (text.length() == 7) {
        date = YearMonth.parse(text).atDay(1);
      } else {
        date = LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      throw new BadRecordException(column, "'" + value + "' is not a date (M/D/YYYY)");
    }
    if (date.isBefore(Bounds.EARLIEST_DATE) || date.isAfter(Bounds.LATEST_DATE)) {
      throw new BadRecordException(column, "'" + value + "' is not between 1950 and 2100");
    }
    return date;
  }
}
