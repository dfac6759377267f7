package io.gigawatt.events;

/** A party to a contract: who, domiciled where, in which role. */
public record Party(String name, String country, PartyRole role) {}
