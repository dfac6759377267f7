package io.gigawatt.bench;

/**
 * One measurement of commands through site-service, with what the relay did meanwhile; {@code
 * siteThreads} names site-service's busiest thread groups (cores).
 */
public record HttpRow(
    Variant variant,
    LoadResult load,
    RelayResult relay,
    CpuUsage cpu,
    String siteThreads,
    String loadAverage) {}
