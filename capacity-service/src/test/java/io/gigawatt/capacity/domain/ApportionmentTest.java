package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void partsAreProportionalAndAddUpExactly() {
    var weights = new TreeMap<>(Map.of("A", 1.0, "B", 1.0, "C", 1.0));

    assertThat(Apportionment.split(100, weights))
        .containsExactlyInAnyOrderEntriesOf(Map.of("A", 34L, "B", 33L, "C", 33L));
  }

  @Test
  void largestRemainderGetsTheLeftover() {
    var weights = new TreeMap<>(Map.of("A", 2.0, "B", 1.0));

    assertThat(Apportionment.split(10, weights))
        .containsExactlyInAnyOrderEntriesOf(Map.of("A", 7L, "B", 3L));
  }

  @Test
  void zeroTotalGivesZeroParts() {
    assertThat(Apportionment.split(0, Map.of("A", 1.0))).containsEntry("A", 0L);
  }
}
