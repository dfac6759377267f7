package io.gigawatt.site.domain;

/** Record that construction began at a site. */
public record StartConstruction(String siteId, ConstructionStart start) implements SiteCommand {}
