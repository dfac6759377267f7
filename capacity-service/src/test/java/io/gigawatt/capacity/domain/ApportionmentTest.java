package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void partsAreProportionalAndAddUpExactly() {
    assertThat(Apportionment.split(100, weights("A", 1, "B", 1, "C", 1)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("A", 34L, "B", 33L, "C", 33L));
  }

  @Test
  void largestRemainderGetsTheLeftover() {
    assertThat(Apportionment.split(10, weights("A", 2, "B", 1)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("A", 7L, "B", 3L));
  }

  @Test
  void zeroTotalGivesZeroParts() {
    assertThat(Apportionment.split(0, weights("A", 1, "B", 1))).containsEntry("A", 0L);
  }

  @Test
  void theLargestAmountsSplitExactly() {
    long total = 100_000_000_000_000L;
    var parts = Apportionment.split(total, weights("A", 3, "B", 7, "C", 11));

    assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
  }

  private static Map<String, BigDecimal> weights(Object... keysAndWeights) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (int i = 0; i < keysAndWeights.length; i += 2) {
      weights.put((String) keysAndWeights[i], BigDecimal.valueOf((Integer) keysAndWeights[i + 1]));
    }
    return weights;
  }
}
