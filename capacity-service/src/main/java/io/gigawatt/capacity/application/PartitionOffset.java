package io.gigawatt.capacity.application;

/** The next offset to read from a partition of a topic. */
public record PartitionOffset(String topic, int partition, long nextOffset) {}
