package io.gigawatt.capacity.domain;

/** A region's share of the world total, 0..1 (0 when the world total is 0). */
public record WorldShare(double energizedMw, double h100e) {}
