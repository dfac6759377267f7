package io.gigawatt.capacity.domain;

/** The capacity figures of one region. */
public record RegionCapacity(
    String code,
    String level,
    String name,
    SiteCounts sites,
    PowerMw powerMw,
    ContractFigures contracts,
    GpuFigures gpus,
    WorldShare worldShare,
    Sovereignty sovereignty) {}
