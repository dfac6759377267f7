package io.gigawatt.capacity.domain;

/**
 * One lifecycle event of a site, at its aggregate sequence.
 *
 * @param mw the new planned MW of a revision, the MW a phase brought online; 0 otherwise
 */
public record SiteEventFact(String siteId, long sequence, SiteEventKind kind, double mw) {}
