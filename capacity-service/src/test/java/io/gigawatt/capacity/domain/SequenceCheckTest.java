package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.SequenceCheck.Gap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceCheckTest {

  @Test
  void theNextSequenceHasNoGapAndIsNotStale() {
    var check = SequenceCheck.of(3, List.of(1L, 2L));

    assertThat(check.gaps()).isEmpty();
    assertThat(check.stale()).isFalse();
    assertThat(check.latestSeen()).isEqualTo(2);
  }

  @Test
  void theFirstEventOfAnAggregateHasNoGap() {
    assertThat(SequenceCheck.of(1, List.of()).gaps()).isEmpty();
  }

  @Test
  void missingSequencesBelowTheEventAreGapsAsRanges() {
    var check = SequenceCheck.of(9, List.of(2L, 6L, 3L));

    assertThat(check.gaps()).containsExactly(new Gap(1, 1), new Gap(4, 5), new Gap(7, 8));
    assertThat(check.gaps().toString()).isEqualTo("[1, 4..5, 7..8]");
  }

  @Test
  void anEventOlderThanOneAppliedIsStale() {
    var check = SequenceCheck.of(3, List.of(1L, 2L, 5L));

    assertThat(check.stale()).isTrue();
    assertThat(check.latestSeen()).isEqualTo(5);
    assertThat(check.gaps()).isEmpty();
  }

  @Test
  void anotherEventWithTheSameSequenceIsNeitherAGapNorStale() {
    var check = SequenceCheck.of(2, List.of(1L, 2L));

    assertThat(check.gaps()).isEmpty();
    assertThat(check.stale()).isFalse();
  }
}
