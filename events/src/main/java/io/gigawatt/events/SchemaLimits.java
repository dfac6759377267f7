package io.gigawatt.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The limits of one compiled schema ({@link CompiledSchema}): minimum and maximum (also exclusive)
 * of numbers, length of strings in code points, items of arrays. Numbers compare exactly: a double
 * or long against a limit it can represent without BigDecimal, anything else as BigDecimal.
 */
final class SchemaLimits {
  static final Set<String> KEYWORDS =
      Set.of(
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems");

  private final Limit minimum;
  private final Limit maximum;
  private final Limit exclusiveMinimum;
  private final Limit exclusiveMaximum;
  private final int minLength;
  private final int maxLength;
  private final int minItems;
  private final int maxItems;

  /** The limits a schema sets; null when it sets none. */
  static SchemaLimits of(JsonNode schema) {
    for (String keyword : KEYWORDS) {
      if (schema.has(keyword)) {
        return new SchemaLimits(schema);
      }
    }
    return null;
  }

  private SchemaLimits(JsonNode schema) {
    minimum = Limit.of(schema.get("minimum"));
    maximum = Limit.of(schema.get("maximum"));
    exclusiveMinimum = Limit.of(schema.get("exclusiveMinimum"));
    exclusiveMaximum = Limit.of(schema.get("exclusiveMaximum"));
    minLength = schema.path("minLength").asInt(0);
    maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    minItems = schema.path("minItems").asInt(0);
    maxItems = schema.path("maxItems").asInt(Integer.MAX_VALUE);
  }

  boolean check(JsonNode node, String path, List<String> found) {
    if (node.isNumber()) {
      return checkNumber(node, path, found);
    }
    if (node.isTextual()) {
      String text = node.textValue();
      int units = text.length();
      // a string has between units/2 and units code points: count them only when that matters
      boolean surelyWithin = units <= maxLength && units >= 2L * minLength;
      int length = surelyWithin ? units : text.codePointCount(0, units);
      return count(length, minLength, maxLength, path, found, "characters");
    }
    if (node.isArray()) {
      return count(node.size(), minItems, maxItems, path, found, "items");
    }
    return true;
  }

  private boolean checkNumber(JsonNode node, String path, List<String> found) {
    boolean valid = true;
    if (minimum != null && minimum.compareTo(node) > 0) {
      valid = CompiledSchema.fail(found, path, "is less than " + minimum);
    }
    if (maximum != null && maximum.compareTo(node) < 0) {
      valid = CompiledSchema.fail(found, path, "is more than " + maximum);
    }
    if (exclusiveMinimum != null && exclusiveMinimum.compareTo(node) >= 0) {
      valid = CompiledSchema.fail(found, path, "is not more than " + exclusiveMinimum);
    }
    if (exclusiveMaximum != null && exclusiveMaximum.compareTo(node) <= 0) {
      valid = CompiledSchema.fail(found, path, "is not less than " + exclusiveMaximum);
    }
    return valid;
  }

  private static boolean count(
      int count, int min, int max, String path, List<String> found, String what) {
    if (count < min) {
      return CompiledSchema.fail(found, path, "has fewer than " + min + " " + what);
    }
    if (count > max) {
      return CompiledSchema.fail(found, path, "has more than " + max + " " + what);
    }
    return true;
  }

  /** A numeric limit, also as the double and long it equals, where it equals one. */
  private record Limit(
      BigDecimal exact, double asDouble, boolean isDouble, long asLong, boolean isLong) {
    static Limit of(JsonNode keyword) {
      if (keyword == null) {
        return null;
      }
      if (!keyword.isNumber()) {
        throw new IllegalArgumentException("a numeric limit must be a number: " + keyword);
      }
      BigDecimal exact = keyword.decimalValue();
      double asDouble = exact.doubleValue();
      boolean isDouble =
          Double.isFinite(asDouble) && new BigDecimal(asDouble).compareTo(exact) == 0;
      boolean isLong = isDouble && asDouble == Math.rint(asDouble) && Math.abs(asDouble) < 0x1p62;
      return new Limit(exact, asDouble, isDouble, (long) asDouble, isLong);
    }

    /** Negative when this limit is below the number, 0 when equal, positive when above. */
    int compareTo(JsonNode number) {
      if ((number.isDouble() || number.isFloat()) && isDouble) {
        double value = number.doubleValue();
        return asDouble < value ? -1 : asDouble > value ? 1 : 0;
      }
      if ((number.isInt() || number.isLong()) && isLong) {
        return Long.compare(asLong, number.longValue());
      }
      if (number.isDouble() && Double.isInfinite(number.doubleValue())) {
        return number.doubleValue() > 0 ? -1 : 1;
      }
      return exact.compareTo(number.decimalValue());
    }

    @Override
    public String toString() {
      return exact.toPlainString();
    }
  }
}
