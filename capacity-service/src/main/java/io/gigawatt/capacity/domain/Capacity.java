package io.gigawatt.capacity.domain;

import java.util.List;

/** Capacity figures of every region with data, sorted, and of the whole world. */
public record Capacity(List<RegionCapacity> regions, Figures world) {

  public Capacity {
    regions = List.copyOf(regions);
  }

  /** The region with the given country code; all-zero figures when nothing is known there. */
  public RegionCapacity region(String code) {
    return regions.stream()
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseGet(() -> new Tally().region(code, new Tally()));
  }
}
