package io.gigawatt.importer.domain;

/** A record with its identity across exports (see {@link RecordKeys}). */
public record KeyedRecord(String key, EpochRecord record) {}
