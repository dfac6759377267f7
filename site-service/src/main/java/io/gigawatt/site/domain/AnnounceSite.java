package io.gigawatt.site.domain;

/** Announce a new data-center site under the given id. */
public record AnnounceSite(String siteId, SiteAnnouncement announcement) implements SiteCommand {}
