package io.gigawatt.site.domain;

/** Record that power of a site was taken off-line. */
public record DeEnergizeSite(String siteId, DeEnergization deEnergization) implements SiteCommand {}
