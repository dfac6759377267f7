package io.gigawatt.capacity.domain;

/** Contracts counted in a region, their value in whole USD and their committed MW. */
public record ContractFigures(long count, long valueUsd, double committedMw) {}
