package io.gigawatt.site.domain;

/** Record that a phase of a site came online. */
public record EnergizePhase(String siteId, PhaseEnergization energization) implements SiteCommand {}
