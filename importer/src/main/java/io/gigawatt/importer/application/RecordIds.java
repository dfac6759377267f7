package io.gigawatt.importer.application;

/** The ids the ledger gave a record's site and contract; contractId null while none exists. */
public record RecordIds(String siteId, String contractId) {}
