package io.gigawatt.capacity.domain;

/** Site capacity in MW: planned (sites not cancelled), under construction, energized. */
public record PowerMw(double planned, double underConstruction, double energized) {}
