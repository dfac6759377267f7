package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.RegionTotals;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The region totals a generation's last batch left, kept between batches. Valid only while no other
 * batch came between (another replica, a replay): the clock tells, since every batch moves it by
 * one.
 */
final class RegionCache {
  private final Map<String, RegionTotals> totals = new HashMap<>();
  private long position = -1;

  /** The totals as of the batch before {@code position}; empty when that is not known here. */
  synchronized Optional<Map<String, RegionTotals>> before(long position) {
    if (position != this.position + 1) {
      totals.clear();
      return Optional.empty();
    }
    return Optional.of(Map.copyOf(totals));
  }

  /** After a commit: the totals the batch at {@code position} read and wrote. */
  synchronized void committed(long position, Map<String, RegionTotals> seen) {
    this.position = position;
    totals.putAll(seen);
  }

  synchronized void invalidate() {
    position = -1;
    totals.clear();
  }
}
