package io.gigawatt.capacity.domain;

/**
 * What a site's announcement states: where it is and its planned MW.
 *
 * @param sequence the announcement's aggregate sequence, against which revisions are ordered
 */
public record SiteFact(String siteId, String country, double plannedMw, long sequence) {}
