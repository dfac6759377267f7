package io.gigawatt.events;

/** An organization and the ISO 3166-1 alpha-2 code of the country it is domiciled in. */
public record Organization(String name, String country) {}
