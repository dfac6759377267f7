package io.gigawatt.site.domain;

/** Commands the Site aggregate decides on. */
public sealed interface SiteCommand
    permits AnnounceSite,
        StartConstruction,
        ReviseCapacity,
        EnergizePhase,
        CancelSite,
        DeEnergizeSite,
        DecommissionSite {
  String siteId();
}
