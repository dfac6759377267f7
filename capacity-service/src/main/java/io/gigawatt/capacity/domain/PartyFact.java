package io.gigawatt.capacity.domain;

import io.gigawatt.events.PartyRole;

/** A party to a contract: its home country and its role. */
public record PartyFact(String name, String country, PartyRole role) {}
