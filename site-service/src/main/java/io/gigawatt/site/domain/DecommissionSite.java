package io.gigawatt.site.domain;

/** Record that a site was decommissioned. */
public record DecommissionSite(String siteId, Decommissioning decommissioning)
    implements SiteCommand {}
