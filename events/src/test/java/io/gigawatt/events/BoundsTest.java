package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class BoundsTest {

  @Test
  void megawattsArePositiveFiniteAndAtMostAHundredGigawatts() {
    assertThat(Bounds.POSITIVE_MW.apply(100_000.0)).isNull();
    assertThat(Bounds.POSITIVE_MW.apply(1e-9)).isNull();
    for (double mw :
        new double[] {0, -1, 100_000.001, 1e308, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThat(Bounds.POSITIVE_MW.apply(mw))
          .as("%s", mw)
          .isEqualTo("must be more than 0 and at most 100000 MW");
    }
    assertThat(Bounds.MW.apply(0.0)).isNull();
    assertThat(Bounds.MW.apply(-0.5)).isEqualTo("must be between 0 and 100000 MW");
  }

  @Test
  void countsAndMoneyAreWholeAndBounded() {
    assertThat(Bounds.GPUS.apply(100_000_000)).isNull();
    assertThat(Bounds.GPUS.apply(100_000_001L)).isEqualTo("must be between 1 and 100000000 GPUs");
    assertThat(Bounds.GPUS.apply(0)).isNotNull();
    assertThat(Bounds.USD.apply(100_000_000_000_000L)).isNull();
    assertThat(Bounds.USD.apply(100_000_000_000_001L)).isNotNull();
    assertThat(Bounds.USD.apply(-1L)).isNotNull();
    assertThat(Bounds.TERM_MONTHS.apply(1_200)).isNull();
    assertThat(Bounds.TERM_MONTHS.apply(1_201)).isEqualTo("must be between 1 and 1200 months");
  }

  @Test
  void datesLieBetween1950And2100() {
    assertThat(Bounds.DATE.apply(LocalDate.of(1950, 1, 1))).isNull();
    assertThat(Bounds.DATE.apply(LocalDate.of(2100, 12, 31))).isNull();
    assertThat(Bounds.DATE.apply(LocalDate.of(1949, 12, 31)))
        .isEqualTo("must be between 1950-01-01 and 2100-12-31");
    assertThat(Bounds.DATE.apply(LocalDate.of(57412, 1, 1))).isNotNull();
  }

  @Test
  void textsCountCharactersAsJsonSchemaDoes() {
    assertThat(Bounds.TEXT.apply("a".repeat(200))).isNull();
    assertThat(Bounds.TEXT.apply("a".repeat(201))).isEqualTo("must be at most 200 characters");
    assertThat(Bounds.TEXT.apply("😀".repeat(200))).as("200 code points, 400 chars").isNull();
    assertThat(Bounds.ID.apply("i".repeat(101))).isEqualTo("must be at most 100 characters");
    assertThat(Bounds.SOURCE.apply("s".repeat(2_000))).isNull();
    assertThat(Bounds.SITES.apply(Collections.nCopies(1_001, "s")))
        .isEqualTo("must have at most 1000 entries");
  }

  @Test
  void eachBoundStatesItselfInJsonSchemaTerms() {
    assertThat(Bounds.POSITIVE_MW.schemaKeywords())
        .containsEntry("type", "number")
        .containsEntry("exclusiveMinimum", 0L)
        .containsEntry("maximum", 100_000L);
    assertThat(Bounds.DATE.schemaKeywords()).containsEntry("pattern", Bounds.DATE_PATTERN);
  }
}
