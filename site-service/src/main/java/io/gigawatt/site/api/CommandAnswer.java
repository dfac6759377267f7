package io.gigawatt.site.api;

/** The answer to a site command: which site, at which version now. */
public record CommandAnswer(String siteId, int version) {}
