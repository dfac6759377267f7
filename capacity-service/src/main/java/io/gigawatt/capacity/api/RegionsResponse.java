package io.gigawatt.capacity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.RegionCapacity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The answer of {@code GET /api/v1/capacity/regions}; asOf and knownAt as asked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegionsResponse(
    String level,
    LocalDate asOf,
    OffsetDateTime knownAt,
    List<RegionCapacity> regions,
    Figures world) {}
