package io.gigawatt.importer.domain;

/** A row that is skipped, with its line, its name (if it has one) and why. */
public record BadRow(int line, String name, String reason) {}
