package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.support.messaging.RecordedEvent;
import java.util.List;

/**
 * What one batch did.
 *
 * @param applied the events applied for the first time
 * @param duplicates how many events had been applied before and changed nothing
 * @param regions the regions whose totals changed, with their new totals
 */
public record Projected(List<RecordedEvent> applied, int duplicates, List<RegionTotals> regions) {}
