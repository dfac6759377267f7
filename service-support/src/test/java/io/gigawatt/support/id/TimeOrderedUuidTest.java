package io.gigawatt.support.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidTest {

  @Test
  void isAVersion7VariantRfcUuidCarryingItsMillisecond() {
    UUID id = TimeOrderedUuid.at(1_735_689_600_123L);
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_735_689_600_123L);
    assertThat(UUID.fromString(id.toString())).isEqualTo(id);
  }

  @Test
  void laterMillisecondsSortLaterAsText() {
    String earlier = TimeOrderedUuid.at(1_735_689_600_123L).toString();
    String later = TimeOrderedUuid.at(1_735_689_600_124L).toString();
    assertThat(later).isGreaterThan(earlier);
  }

  @Test
  void manyIdsInOneMillisecondAreDistinct() {
    var ids = new HashSet<UUID>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(TimeOrderedUuid.at(1_735_689_600_123L));
    }
    assertThat(ids).hasSize(100_000);
  }
}
