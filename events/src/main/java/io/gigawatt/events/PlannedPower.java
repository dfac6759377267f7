package io.gigawatt.events;

/**
 * A site's planned power, as announcements state it: the facility's power (grid connection, what "a
 * 1.2 GW campus" means) and, where known, the IT load it serves (facility power ÷ PUE).
 */
public record PlannedPower(double facilityMw, Double itLoadMw) {}
