package io.gigawatt.bench.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Hostile JSON values, as raw text put in place of a member's value: wrong types, boundary and
 * absurd numbers (with NaN and Infinity spellings, which JSON does not have), bad dates, huge and
 * odd strings. The oracle, not this list, decides whether a request carrying one is valid.
 */
final class Values {
  static final List<String> ANY =
      List.of(
          "null",
          "true",
          "false",
          "{}",
          "[]",
          "[1,2]",
          "{\"a\":1}",
          "\"\"",
          "\" \"",
          "0",
          "-1",
          "\"\\u0000\"",
          "\"a\\u0000b\"",
          "\"\\ud800\"",
          "\"\\udfff\\ud800x\"",
          "\"\\uffff\"",
          "\"\\u202e\"",
          "\"😀\"",
          "\"<script>alert(1)</script>\"",
          "\"'; DROP TABLE event_store; --\"",
          "\"%s%n%x%d\"",
          "\"${jndi:ldap://x/a}\"",
          "\"\\n\\r\\t\"",
          "\"\\\\\"",
          "\"\\/\"",
          "[[[[[[[[[[]]]]]]]]]]");

  static final List<String> NUMBERS =
      List.of(
          "1e308",
          "1e400",
          "-1e400",
          "1e-400",
          "4.9e-324",
          "2.2250738585072014E-308",
          "-0",
          "-0.0",
          "0.0",
          "0.5",
          "1.0",
          "1e2",
          "1E5",
          "1e+2",
          "100000",
          "100000.0",
          "100000.00000000001",
          "100000.0000001",
          "100001",
          "99999.99999999999",
          "64000.5",
          "1200",
          "1201",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "18446744073709551617",
          "18446744073709551616",
          "100000000",
          "100000001",
          "100000000000000",
          "100000000000001",
          "1e999999999",
          "-1e-999999999",
          "1e-2147483648",
          "NaN",
          "-NaN",
          "Infinity",
          "-Infinity",
          "+Infinity",
          "nan",
          "inf",
          "\"NaN\"",
          "\"Infinity\"",
          "\"-Infinity\"",
          "\"1400\"",
          "\"1e400\"",
          "\"0x10\"",
          "0x10",
          "01",
          "+1",
          ".5",
          "1.",
          "1e",
          "--1",
          "1_000",
          "1" + "0".repeat(1_200),
          "0." + "0".repeat(1_200) + "1",
          "1" + "0".repeat(400) + ".5");

  static final List<String> DATES =
      List.of(
          "\"2023-02-30\"",
          "\"57412-01-01\"",
          "\"+57412-01-01\"",
          "\"-0001-01-01\"",
          "\"0000-01-01\"",
          "\"1949-12-31\"",
          "\"1950-01-01\"",
          "\"2100-12-31\"",
          "\"2101-01-01\"",
          "\"9999-12-31\"",
          "\"+999999999-12-31\"",
          "\"2025-13-01\"",
          "\"2025-00-10\"",
          "\"2025-9-23\"",
          "\"20250923\"",
          "20250923",
          "\"2025-09-23T00:00:00Z\"",
          "\"2025-09-23T10:00\"",
          "\" 2025-09-23\"",
          "\"2025-09-23 \"",
          "[2025,9,23]",
          "[2025,9,23,0,0]",
          "\"2024-02-29\"",
          "\"2023-02-29\"",
          "\"2025-W39-2\"",
          "\"2025-266\"",
          "\"2025/09/23\"",
          "\"23.09.2025\"",
          "\"2025-09-23\\u0000\"",
          "\"２０２５-０９-２３\"",
          "\"2025-04-31\"",
          "\"+2025-09-23\"",
          "\"2025-09-23Z\"",
          "\"2025-09-23+01:00\"",
          "\"2025-12-31\"",
          "\"1970-01-01\"");

  static final List<String> CHOICES =
      List.of(
          "\"confirmed\"",
          "\"CONFIRMED \"",
          "\"UNKNOWN\"",
          "\"reader \"",
          "\"ADMIN\"",
          "\"Admin\"",
          "\"superuser\"",
          "\"CLOUD-CAPACITY\"",
          "\"buyer\"");

  static final List<String> COUNTRIES =
      List.of(
          "\"us\"",
          "\"USA\"",
          "\"XX\"",
          "\"ZZ\"",
          "\"EU\"",
          "\"UK\"",
          "\"U\"",
          "\"840\"",
          "\"US-TX\"",
          "\"DE\"",
          "\"US \"");

  static final List<String> GPU_MODELS =
      List.of("\"NVIDIA-H100\"", "\"nvidia-rtx-9090\"", "\"nvidia-h100 \"", "\"nvidia-h100\"");

  static final List<String> LISTS =
      List.of("[]", "[null]", "[\"a\",\"a\"]", "[\"\"]", "[1]", "[{}]", "{}", "\"a\"");

  private Values() {}

  /** A text value of {@code length} copies of {@code unit}. */
  static String text(String unit, int length) {
    return "\"" + unit.repeat(length) + "\"";
  }

  /** Text values around the bounds of a text of at most {@code max} code points. */
  static String text(int max, Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> text("a", Math.min(max, 1_000_000));
      case 1 -> text("a", max == Integer.MAX_VALUE ? 300 : max + 1);
      case 2 -> text("😀", Math.min(max, 2_000));
      case 3 -> text("😀", max == Integer.MAX_VALUE ? 300 : max + 1);
      case 4 -> text("a", 1_000_000);
      case 5 -> text("é", 200_000);
      default -> text("\\u0041", 3_000);
    };
  }

  static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }
}
