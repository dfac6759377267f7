package io.gigawatt.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One physical bound of the ledger ({@link Bounds}): whether a value keeps it, what a violation
 * says, and how the event schemas state it. As a {@link Function} it answers a value's violation:
 * null when the value keeps the bound, else the requirement, e.g. "must be at most 200 characters".
 */
public final class Bound<T> implements Function<T, String> {
  private final Predicate<T> within;
  private final String requirement;
  private final Map<String, Object> schemaKeywords;

  private Bound(Predicate<T> within, String requirement, Map<String, Object> schemaKeywords) {
    this.within = within;
    this.requirement = requirement;
    this.schemaKeywords = Map.copyOf(schemaKeywords);
  }

  /** A decimal in [min, max], or (min, max] when {@code minExclusive}; NaN and ±∞ never. */
  static Bound<Number> decimal(double min, boolean minExclusive, double max, String unit) {
    var keywords = new LinkedHashMap<String, Object>();
    keywords.put("type", "number");
    keywords.put(minExclusive ? "exclusiveMinimum" : "minimum", plain(min));
    keywords.put("maximum", plain(max));
    String range =
        minExclusive
            ? "more than " + plain(min) + " and at most " + plain(max)
            : "between " + plain(min) + " and " + plain(max);
    return new Bound<>(
        n -> {
          double d = n.doubleValue();
          return (minExclusive ? d > min : d >= min) && d <= max;
        },
        "must be " + range + " " + unit,
        keywords);
  }

  /** A whole number in [min, max]; for Integer and Long values. */
  static Bound<Number> whole(long min, long max, String unit) {
    return new Bound<>(
        n -> n.longValue() >= min && n.longValue() <= max,
        "must be between " + min + " and " + max + " " + unit,
        Map.of("type", "integer", "minimum", min, "maximum", max));
  }

  static Bound<LocalDate> dates(LocalDate earliest, LocalDate latest, String pattern) {
    return new Bound<>(
        d -> !d.isBefore(earliest) && !d.isAfter(latest),
        "must be between " + earliest + " and " + latest,
        Map.of("type", "string", "format", "date", "pattern", pattern));
  }

  /** Text of at most {@code max} characters (Unicode code points, as JSON Schema counts). */
  static Bound<String> text(int max) {
    return new Bound<>(
        s -> s.length() <= max || s.codePointCount(0, s.length()) <= max,
        "must be at most " + max + " characters",
        Map.of("type", "string", "maxLength", max));
  }

  static Bound<Collection<?>> items(int max) {
    return new Bound<>(
        c -> c.size() <= max,
        "must have at most " + max + " entries",
        Map.of("type", "array", "maxItems", max));
  }

  public boolean test(T value) {
    return within.test(value);
  }

  /** Null when {@code value} keeps the bound, else what it must be. */
  @Override
  public String apply(T value) {
    return test(value) ? null : requirement;
  }

  /** What a value must be, e.g. "must be between 1 and 100000000 GPUs". */
  public String requirement() {
    return requirement;
  }

  /** The JSON Schema keywords that state this bound in the event schemas. */
  public Map<String, Object> schemaKeywords() {
    return schemaKeywords;
  }

  /** 100000.0 as 100000, so messages and schema numbers read as written. */
  private static Number plain(double value) {
    return value == Math.rint(value) ? (Number) (long) value : (Number) value;
  }
}
