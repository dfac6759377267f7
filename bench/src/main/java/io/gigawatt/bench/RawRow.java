package io.gigawatt.bench;

/** One raw JDBC insert measurement. */
public record RawRow(RawMode mode, LoadResult load, CpuUsage cpu, String loadAverage) {}
