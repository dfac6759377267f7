package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.RegionCapacity;
import java.util.List;

/** The answer of {@code GET /api/v1/capacity/regions}. */
public record RegionsResponse(String level, List<RegionCapacity> regions, Figures world) {}
