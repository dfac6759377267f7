package io.gigawatt.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The oracle's verdicts on the inputs the README names (section "Bounds"). */
class BodyOracleTest {
  private static final String SITE =
      """
      {"name": "Stargate", "operator": {"name": "Oracle", "country": "US"},
       "owner": {"name": "Crusoe", "country": "US"},
       "location": {"country": "US", "subdivision": "US-TX"},
       "plannedCapacityMw": %s, "announcedOn": %s, "source": "https://x", "confidence": "CONFIRMED"}
      """;
  private static final String DELIVERY =
      """
      {"siteId": "s-1", "gpuModel": "nvidia-gb200", "count": %s, "deliveredOn": "2025-09-26",
       "source": "https://x", "confidence": "REPORTED"}
      """;

  @Test
  void figuresMustBeJsonNumbersWithinTheirBounds() {
    assertThat(site("1400", "\"2025-09-23\"")).isEqualTo(Verdict.VALID);
    assertThat(site("100000", "\"2025-09-23\"")).isEqualTo(Verdict.VALID);
    for (String bad :
        new String[] {
          "1e308", "1e400", "-0", "0", "\"1400\"", "NaN", "\"NaN\"", "\"\"", "100000.001"
        }) {
      assertThat(site(bad, "\"2025-09-23\"")).as(bad).isEqualTo(Verdict.INVALID);
    }
    assertThat(site("100000.000000000001", "\"2025-09-23\"")).isEqualTo(Verdict.EITHER);
  }

  @Test
  void countsMustBeWholeNumbersAndIntegralFloatsAreLeftOpen() {
    assertThat(delivery("64000")).isEqualTo(Verdict.VALID);
    assertThat(delivery("64000.5")).isEqualTo(Verdict.INVALID);
    assertThat(delivery("1e20")).isEqualTo(Verdict.INVALID);
    assertThat(delivery("9223372036854775808")).isEqualTo(Verdict.INVALID);
    assertThat(delivery("1e999999999")).isEqualTo(Verdict.INVALID);
    assertThat(delivery("64000.0")).isEqualTo(Verdict.EITHER);
  }

  @Test
  void datesAreRealDaysAsYyyyMmDdWithinTheirBounds() {
    for (String bad :
        new String[] {
          "\"2023-02-30\"",
          "\"57412-01-01\"",
          "\"+57412-01-01\"",
          "\"1949-12-31\"",
          "\"2101-01-01\"",
          "[2025,9,23]",
          "20250923",
          "\" 2025-09-23\"",
          "\"\""
        }) {
      assertThat(site("1400", bad)).as(bad).isEqualTo(Verdict.INVALID);
    }
    assertThat(site("1400", "\"2024-02-29\"")).isEqualTo(Verdict.VALID);
  }

  @Test
  void malformedJsonUnknownAndRepeatedMembers() {
    assertThat(BodyOracle.judge(bytes("{\"name\": "), Bodies.ANNOUNCEMENT))
        .isEqualTo(Verdict.INVALID);
    assertThat(
            BodyOracle.judge(
                bytes(SITE.formatted("1", "\"2025-09-23\"") + "{}"), Bodies.ANNOUNCEMENT))
        .isEqualTo(Verdict.INVALID);
    String unknown =
        SITE.formatted("1", "\"2025-09-23\"").replace("{\"name\"", "{\"colour\": 1, \"name\"");
    assertThat(BodyOracle.judge(bytes(unknown), Bodies.ANNOUNCEMENT)).isEqualTo(Verdict.INVALID);
    String twice =
        SITE.formatted("1", "\"2025-09-23\"").replace("{\"name\"", "{\"name\": \"x\", \"name\"");
    assertThat(BodyOracle.judge(bytes(twice), Bodies.ANNOUNCEMENT)).isEqualTo(Verdict.EITHER);
  }

  private static Verdict site(String mw, String date) {
    return BodyOracle.judge(bytes(SITE.formatted(mw, date)), Bodies.ANNOUNCEMENT);
  }

  private static Verdict delivery(String count) {
    return BodyOracle.judge(bytes(DELIVERY.formatted(count)), Bodies.DELIVERY);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
