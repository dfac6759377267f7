package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.util.List;

/** An active contract on one business date, with the terms in effect then. */
public record ContractSnapshot(
    String contractId,
    ContractProfile profile,
    long valueUsd,
    BigDecimal committedMw,
    List<String> siteIds) {}
