package io.gigawatt.importer.domain;

/** An owner or supplier as the ledger names it, with its home country and where that is from. */
public record Organization(String name, String country, String source) {}
