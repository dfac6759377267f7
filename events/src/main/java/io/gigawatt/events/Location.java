package io.gigawatt.events;

/**
 * Where a site is: ISO 3166-1 alpha-2 country, optional ISO 3166-2 subdivision (e.g. US-TX),
 * optional locality.
 */
public record Location(String country, String subdivision, String locality) {}
