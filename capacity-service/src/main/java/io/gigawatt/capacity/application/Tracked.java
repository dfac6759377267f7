package io.gigawatt.capacity.application;

import io.gigawatt.capacity.domain.Contribution;

/** A site's or contract's state with the contribution its figures hold for it. */
public record Tracked<S>(S state, Contribution contribution) {}
