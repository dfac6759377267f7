package io.gigawatt.capacity.domain;

import java.math.BigInteger;

/** Contracts counted in a region, their value in whole USD and their committed MW. */
public record ContractFigures(long count, BigInteger valueUsd, double committedMw) {}
