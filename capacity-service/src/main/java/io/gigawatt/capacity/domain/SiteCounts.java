package io.gigawatt.capacity.domain;

/** Number of sites by current status. */
public record SiteCounts(
    long announced,
    long underConstruction,
    long operational,
    long cancelled,
    long decommissioned) {}
