package io.gigawatt.site.domain;

/** Record that a site was cancelled. */
public record CancelSite(String siteId, Cancellation cancellation) implements SiteCommand {}
