package io.gigawatt.capacity.domain;

/** The figure blocks of a region or of the whole world. */
public record Figures(
    SiteCounts sites, PowerMw powerMw, ContractFigures contracts, GpuFigures gpus) {}
