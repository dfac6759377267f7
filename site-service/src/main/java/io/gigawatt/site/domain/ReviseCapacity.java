package io.gigawatt.site.domain;

/** Record a new planned capacity for a site. */
public record ReviseCapacity(String siteId, CapacityRevision revision) implements SiteCommand {}
