package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.events.Bounds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the README says a JSON value must be, as an oracle: given the value a request carries, is it
 * {@link Verdict#VALID}, {@link Verdict#INVALID}, or left open ({@link Verdict#EITHER})? Written
 * from the documented API (README "Bounds"), not from the services' code; the catalogs (countries,
 * GPU models) are the {@code events} module's data. An absent member and JSON null are judged by
 * whether the member is required; {@link #present} judges every other value.
 */
public sealed interface Shape {

  /** {@code value}: the member's value, null when absent; JSON null counts as absent. */
  default Verdict judge(JsonNode value, boolean required) {
    if (missing(value)) {
      return required ? Verdict.INVALID : Verdict.VALID;
    }
    return present(value);
  }

  /** The verdict on a value that is there (not JSON null). */
  Verdict present(JsonNode value);

  static boolean missing(JsonNode value) {
    return value == null || value.isNull();
  }

  private static Verdict valid(boolean valid) {
    return valid ? Verdict.VALID : Verdict.INVALID;
  }

  /** A JSON string of at most {@code max} code points; required: not blank. */
  record Text(int max) implements Shape {
    private static final Pattern UNUSUAL = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    @Override
    public Verdict judge(JsonNode value, boolean required) {
      if (required && !missing(value) && value.isTextual() && value.textValue().isBlank()) {
        return Verdict.INVALID;
      }
      return Shape.super.judge(value, required);
    }

    @Override
    public Verdict present(JsonNode value) {
      if (!value.isTextual()) {
        return Verdict.INVALID;
      }
      String text = value.textValue();
      if (text.codePointCount(0, text.length()) > max) {
        return Verdict.INVALID;
      }
      return UNUSUAL.matcher(text).find() ? Verdict.EITHER : Verdict.VALID;
    }
  }

  /** A string id that must not be blank even where it is optional (a delivery's id). */
  record Id() implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      if (value.isTextual() && value.textValue().isBlank()) {
        return Verdict.INVALID;
      }
      return new Text(Bounds.MAX_ID_LENGTH).present(value);
    }
  }

  /** {@code YYYY-MM-DD}, a real calendar day, 1950-01-01 to 2100-12-31. */
  record Date() implements Shape {
    private static final DateTimeFormatter STRICT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public Verdict present(JsonNode value) {
      return Shape.valid(value.isTextual() && valid(value.textValue()));
    }

    static boolean valid(String text) {
      if (!FORM.matcher(text).matches()) {
        return false;
      }
      try {
        LocalDate date = LocalDate.parse(text, STRICT);
        return !date.isBefore(Bounds.EARLIEST_DATE) && !date.isAfter(Bounds.LATEST_DATE);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  /** A JSON number in [min, max], or (min, max] when {@code exclusive}. */
  record Decimal(double min, boolean exclusive, double max) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      if (!value.isNumber()) {
        return Verdict.INVALID;
      }
      BigDecimal exact = value.decimalValue();
      boolean exactIn =
          (exclusive
                  ? exact.compareTo(BigDecimal.valueOf(min)) > 0
                  : exact.compareTo(BigDecimal.valueOf(min)) >= 0)
              && exact.compareTo(BigDecimal.valueOf(max)) <= 0;
      double d = exact.doubleValue();
      boolean doubleIn = (exclusive ? d > min : d >= min) && d <= max;
      return exactIn == doubleIn ? Shape.valid(exactIn) : Verdict.EITHER;
    }
  }

  /** A JSON integer in [min, max]; a fraction never, {@code 1.0} or {@code 1e2} left open. */
  record Whole(long min, long max) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      if (!value.isNumber()) {
        return Verdict.INVALID;
      }
      BigDecimal exact = value.decimalValue();
      if (exact.precision() - exact.scale() > 30) {
        return Verdict.INVALID;
      }
      boolean whole = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
      if (!whole) {
        return Verdict.INVALID;
      }
      BigInteger number = exact.toBigInteger();
      boolean in =
          number.compareTo(BigInteger.valueOf(min)) >= 0
              && number.compareTo(BigInteger.valueOf(max)) <= 0;
      if (!in) {
        return Verdict.INVALID;
      }
      return value.isIntegralNumber() ? Verdict.VALID : Verdict.EITHER;
    }
  }

  /** One of a set of strings, case included (enums); with padding around it, left open. */
  record Choice(Set<String> values) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      if (!value.isTextual()) {
        return Verdict.INVALID;
      }
      if (values.contains(value.textValue())) {
        return Verdict.VALID;
      }
      return values.contains(value.textValue().trim()) ? Verdict.EITHER : Verdict.INVALID;
    }
  }

  /** A string some catalog knows ({@code what}: "country", "GPU model"). */
  record Listed(String what, Predicate<String> known) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      return Shape.valid(value.isTextual() && known.test(value.textValue()));
    }
  }

  /** A JSON array of {@code min} to {@code max} items, each required and of shape {@code item}. */
  record Items(Shape item, int min, int max) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      if (!value.isArray() || value.size() < min || value.size() > max) {
        return Verdict.INVALID;
      }
      Verdict verdict = Verdict.VALID;
      for (JsonNode element : value) {
        verdict = verdict.and(item.judge(element, true));
      }
      return verdict;
    }
  }

  /** A JSON object: see {@link ObjectShape}. */
  record Obj(ObjectShape shape) implements Shape {
    @Override
    public Verdict present(JsonNode value) {
      return shape.judge(value);
    }
  }
}
